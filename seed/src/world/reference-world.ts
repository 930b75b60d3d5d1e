/**
 * The block's reference entities: countries (with production, risk and hub flags), protected
 * areas and indigenous territories, and the monthly gold price series that mis-invoicing is
 * measured against.
 */
import { countryId } from '../factory/places';
import { isoDate, monthKey, utc, YEARS } from '../core/time';
import { COUNTRIES } from '../reference/countries';
import { goldUsdPerKg } from '../reference/gold-prices';
import { PROTECTED_AREAS } from '../reference/regions';
import type { Block } from './block';

export function buildReferenceWorld(b: Block): void {
  const stats = b.docs.get('country-profiles', () => ({
    title: 'Country profiles: gold production, risk ratings and transit hubs (public statistics compilation)',
    kind: 'OPEN_SOURCE',
    date: utc(2025, 6, 30),
    grade: ['B', '2'],
  }));
  for (const c of COUNTRIES) {
    const id = b.emit.entity(
      'Country',
      {
        iso2: c.iso,
        name: c.name,
        riskLevel: c.risk,
        cahra: c.cahra,
        transitHub: c.hub,
        annualProductionKg: c.productionKg,
      },
      countryId(b, c.iso),
    );
    b.emit.supportedBy(id, stats);
  }

  const wdpa = b.docs.get('wdpa', () => ({
    title: 'Protected areas and indigenous territories: boundary extract (WDPA and national registers)',
    kind: 'OPEN_SOURCE',
    date: utc(2025, 3, 15),
    grade: ['A', '2'],
  }));
  for (const a of PROTECTED_AREAS) {
    const id = b.emit.entity('ProtectedArea', {
      name: a.name,
      areaKind: a.kind,
      areaKm2: a.areaKm2,
      country: a.country,
      location: { latitude: a.lat, longitude: a.lon },
    });
    b.emit.fact('LOCATED_IN', id, countryId(b, a.country), wdpa);
    b.emit.supportedBy(id, wdpa);
    b.world.areas.set(a.key, { id, name: a.name, country: a.country });
  }

  const prices = b.docs.get('gold-prices', () => ({
    title: 'LBMA Gold Price PM, monthly averages 2019–2025 (USD per fine kg)',
    kind: 'OPEN_SOURCE',
    date: utc(2025, 12, 31),
    grade: ['A', '1'],
  }));
  for (const year of YEARS) {
    for (let month = 1; month <= 12; month++) {
      const date = utc(year, month, 1);
      const usdPerKg = goldUsdPerKg(year, month);
      const id = b.emit.entity(
        'MarketPrice',
        { commodity: 'GOLD', date: isoDate(date), usdPerKg, source: 'LBMA Gold Price PM, monthly average' },
        b.emit.ids.named('MarketPrice', `gold-${monthKey(date)}`),
      );
      b.emit.supportedBy(id, prices);
      b.world.prices.set(monthKey(date), usdPerKg);
    }
  }
}

/** USD per fine kg in the month of `ms`. */
export function priceAt(b: Block, ms: number): number {
  const p = b.world.prices.get(monthKey(ms));
  if (p === undefined) throw new Error(`@touchstone/seed: no price for ${monthKey(ms)}`);
  return p;
}
