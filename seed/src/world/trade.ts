/**
 * The ordinary gold trade: each exporter ships doré every one to three months to one or two
 * fixed buyers abroad (refiners or hub traders), declaring origin mines within their capacity;
 * each shipment is paid ("gold purchase", SETTLES) on the settlement days; hub traders re-export
 * what they receive within the same year. Nothing here may form a pattern (see calendar.ts).
 */
import type { Rng } from '../core/rng';
import { DAY, PERIOD_END, utc, yearOf } from '../core/time';
import { createShipment, type ShipmentRef } from '../factory/shipment';
import { transfer } from '../factory/money';
import type { Block } from './block';
import { nextSlot } from './calendar';
import { sampleEvidence } from './labs';
import { refineriesIn, tradersIn } from './markets';
import { priceAt } from './reference-world';
import type { CompanyRef, CountryWorld, MineRef } from './registry';

type Route = { to: string; hub: boolean; via?: string };
const ROUTES: Record<string, Route[]> = {
  PE: [
    { to: 'CH', hub: false },
    { to: 'US', hub: false },
    { to: 'AE', hub: true },
  ],
  BR: [
    { to: 'CH', hub: false },
    { to: 'GB', hub: false },
    { to: 'IN', hub: false },
  ],
  CO: [
    { to: 'US', hub: false },
    { to: 'CH', hub: false },
    { to: 'PA', hub: true },
  ],
  BO: [
    { to: 'IN', hub: false, via: 'AE' },
    { to: 'AE', hub: true },
  ],
  EC: [
    { to: 'CH', hub: false },
    { to: 'US', hub: false },
  ],
  GY: [
    { to: 'CH', hub: false },
    { to: 'AE', hub: true },
  ],
  SR: [
    { to: 'CH', hub: false },
    { to: 'CW', hub: true },
  ],
  ZA: [
    { to: 'IN', hub: false },
    { to: 'CH', hub: false },
    { to: 'GB', hub: false },
  ],
  ZW: [
    { to: 'AE', hub: true },
    { to: 'ZA', hub: false },
  ],
  GH: [
    { to: 'CH', hub: false, via: 'AE' },
    { to: 'TR', hub: true },
    { to: 'ZA', hub: false },
  ],
  UG: [
    { to: 'AE', hub: true },
    { to: 'AE', hub: false },
  ],
  TZ: [
    { to: 'CH', hub: false },
    { to: 'IN', hub: false },
    { to: 'HK', hub: true },
  ],
};
const REEXPORT: Record<string, string[]> = {
  AE: ['CH', 'IN', 'TR'],
  HK: ['CH', 'IN'],
  TR: ['CH'],
  PA: ['US', 'CH'],
  CW: ['CH', 'US'],
};

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Declares `wanted` fine kg from at most two of the mines, never passing 85 % of a mine's yearly capacity. */
export function allocateOrigins(
  b: Block,
  rng: Rng,
  mines: readonly MineRef[],
  wanted: number,
  year: number,
): { mine: string; fineKg: number }[] {
  const out: { mine: string; fineKg: number }[] = [];
  let left = wanted;
  for (const mine of rng.shuffle(mines)) {
    const cap = Math.min(mine.plausibleKg, mine.licenceKg ?? Infinity) * 0.85;
    const key = `${mine.id}:${year}`;
    const used = b.world.declared.get(key) ?? 0;
    const take = r3(Math.min(left, cap - used));
    if (take < 1) continue;
    b.world.declared.set(key, used + take);
    out.push({ mine: mine.id, fineKg: take });
    left = r3(left - take);
    if (left < 0.5 || out.length === 2) break;
  }
  return out;
}

function pay(b: Block, rng: Rng, s: ShipmentRef, slot: 'SETTLE' | 'HUB'): void {
  const from = s.consignee.account;
  const to = s.exporter.account;
  const at = nextSlot(rng, slot, s.date, 5);
  if (!from || !to || at === undefined) return;
  transfer(b, rng, from, to, at, s.valueUsd * rng.float(0.985, 0.998), 'gold purchase', { settles: s.id });
}

function reexport(b: Block, rng: Rng, lot: ShipmentRef, trader: CompanyRef): void {
  const date = lot.date + rng.int(9, 22) * DAY;
  const refinery = rng.pick(REEXPORT[trader.country]!.flatMap((iso) => refineriesIn(b, iso)));
  const fineKg = lot.fineKg * rng.float(0.995, 1);
  const fineness = rng.float(0.86, 0.95);
  const s = createShipment(b, {
    rng,
    exporter: trader,
    consignee: refinery,
    from: trader.country,
    to: refinery.country,
    date,
    grossKg: fineKg / fineness,
    fineness,
    valueUsd: fineKg * priceAt(b, date) * rng.float(0.97, 1.02),
    materialType: 'DORE',
    transportMode: 'AIR_CARGO',
  });
  pay(b, rng, s, 'HUB');
}

export function buildExports(b: Block, cw: CountryWorld): void {
  const rng = b.rng.fork(`exports:${cw.info.iso}`);
  const routes = ROUTES[cw.info.iso] ?? [];
  for (const exporter of cw.exporters) {
    const young = exporter.incorporated > utc(2019, 1, 1);
    const mine = rng.shuffle(routes).slice(0, young ? 1 : 2);
    const buyers = mine.map((r) => ({ r, to: rng.pick(r.hub ? tradersIn(b, r.to) : refineriesIn(b, r.to)) }));
    const supply = cw.supply.get(exporter.id) ?? [];
    let t = Math.max(utc(2019, 1, 1), exporter.incorporated + 120 * DAY) + rng.int(5, 50) * DAY;
    let n = 0;
    while (t < PERIOD_END - 20 * DAY) {
      let pick = buyers[n % buyers.length]!;
      const lateInYear = new Date(t).getUTCMonth() === 11 && new Date(t).getUTCDate() > 5;
      if (pick.r.hub && lateInYear) pick = buyers.find((x) => !x.r.hub) ?? pick;
      if (!(pick.r.hub && lateInYear)) {
        const firstYear = t - exporter.incorporated < 400 * DAY;
        const wanted = firstYear ? rng.float(8, 30) : rng.float(12, 60);
        const origins = allocateOrigins(b, rng, supply, wanted, yearOf(t));
        const fineKg = origins.reduce((s, o) => s + o.fineKg, 0);
        if (fineKg >= 3) {
          const fineness = rng.float(0.8, 0.95);
          const s = createShipment(b, {
            rng,
            exporter,
            consignee: pick.to,
            from: cw.info.iso,
            to: pick.to.country,
            via: pick.r.via ? [pick.r.via] : undefined,
            date: t,
            grossKg: fineKg / fineness,
            fineness,
            valueUsd: fineKg * priceAt(b, t) * rng.float(0.95, 1.02),
            materialType: 'DORE',
            transportMode: rng.chance(0.85) ? 'AIR_CARGO' : 'COURIER',
            origins,
          });
          pay(b, rng, s, 'SETTLE');
          if (pick.r.hub) reexport(b, rng, s, pick.to);
          const declared = supply.find((m) => m.id === origins[0]!.mine)!;
          if (rng.chance(0.06)) routineAssay(b, rng, s, declared, cw);
          n += 1;
        }
      }
      t += rng.int(40, 95) * DAY;
    }
  }
}

/** A routine check of a declared origin: the specimen is consistent with the declared mine. */
function routineAssay(b: Block, rng: Rng, s: ShipmentRef, declared: MineRef, cw: CountryWorld): void {
  const others = rng.sample(
    cw.mines.filter((m) => m.id !== declared.id),
    rng.int(2, 4),
  );
  sampleEvidence(b, {
    rng,
    takenFrom: s.id,
    takenOn: s.date + rng.int(1, 5) * DAY,
    source: declared,
    candidates: [declared, ...others],
    form: 'DORE',
    require: { [declared.id]: 'CONSISTENT' },
  });
}
