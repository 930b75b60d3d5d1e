/**
 * The ordinary world of one block, in dependency order: reference data, markets, each
 * producing country's officials, economy and mining sector, then the trade, the money, the
 * underworld and enforcement. Planted patterns are added afterwards (see ../plant).
 */
import { COUNTRIES } from '../reference/countries';
import type { Block } from './block';
import { buildEconomy, buildOfficials } from './economy';
import { buildEnforcement, buildUnderworld, type Underworld } from './enforcement';
import { buildMarkets } from './markets';
import { buildMiningSector } from './mining-sector';
import { buildMinorTrades } from './minor-trades';
import { buildOrdinaryMoney } from './ordinary-money';
import { buildReferenceWorld } from './reference-world';
import type { CountryWorld } from './registry';
import { buildExports } from './trade';

export function buildWorld(b: Block): Underworld {
  buildReferenceWorld(b);
  buildMarkets(b);
  const bases = new Map<string, number[]>();
  for (const info of COUNTRIES.filter((c) => c.role === 'PRODUCER')) {
    const rng = b.rng.fork(`country:${info.iso}`);
    const cw: CountryWorld = {
      info,
      id: b.emit.ids.named('Country', info.iso),
      exporters: [],
      buyers: [],
      miners: [],
      mines: [],
      officials: [],
      supply: new Map(),
      purchases: [],
    };
    b.world.countries.set(info.iso, cw);
    buildOfficials(b, cw, rng);
    if (info.trades) buildEconomy(b, cw, rng);
    buildMiningSector(b, cw, rng, bases);
  }
  const trading = [...b.world.countries.values()].filter((c) => c.info.trades);
  for (const cw of trading) buildExports(b, cw);
  for (const cw of trading) buildOrdinaryMoney(b, cw);
  buildMinorTrades(b);
  const underworld = buildUnderworld(b);
  buildEnforcement(b, underworld);
  return underworld;
}
