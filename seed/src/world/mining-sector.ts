/**
 * The legal gold chain of a producing country: licensed mines run by miners holding concessions,
 * informal and illegal sites, gold buyers and exporters with their licences, and who sells to
 * whom (SOLD_TO). Ownership is at most two levels deep (person → holding → operating company).
 */
import type { Rng } from '../core/rng';
import { utc } from '../core/time';
import { createAccount } from '../factory/account';
import { createCompany, type CompanyKind } from '../factory/company';
import { createLicence } from '../factory/licence';
import { createPerson } from '../factory/person';
import { PROTECTED_AREAS, regionsOf, type MiningRegion } from '../reference/regions';
import type { Block } from './block';
import { createMine, miningWatch } from './mines';
import { regionBase } from './profiles';
import type { CompanyRef, CountryWorld, MineRef } from './registry';

/** An operating company, owned directly by a person or through a holding (two levels). */
export function groupCompany(
  b: Block,
  rng: Rng,
  iso: string,
  kinds: CompanyKind[],
  style: 'mining' | 'gold',
  incorporated?: number,
): CompanyRef {
  const owner = createPerson(b, { country: iso, rng, born: [1950, 1985] });
  if (rng.chance(0.5)) {
    return createCompany(b, {
      country: iso,
      rng,
      kinds,
      style,
      incorporated,
      owners: [{ party: owner, share: 1 }],
    });
  }
  const holding = createCompany(b, {
    country: iso,
    rng,
    kinds: ['HOLDING'],
    style: 'holding',
    directors: [owner],
    owners: [{ party: owner, share: 1 }],
  });
  return createCompany(b, {
    country: iso,
    rng,
    kinds,
    style,
    incorporated,
    owners: [{ party: holding, share: rng.pick([1, 0.9, 0.75]) }],
  });
}

/** The base fingerprint of a region within this block. */
export function baseOf(rng: Rng, region: MiningRegion, bases: Map<string, number[]>): number[] {
  let base = bases.get(region.region);
  if (!base) bases.set(region.region, (base = regionBase(rng)));
  return base;
}

export function buildMiningSector(b: Block, cw: CountryWorld, rng: Rng, bases: Map<string, number[]>): void {
  const iso = cw.info.iso;
  const regions = regionsOf(iso);
  const region = (i: number): MiningRegion => regions[i % regions.length]!;
  const mine = (
    i: number,
    status: MineRef['status'],
    type: Parameters<typeof createMine>[1]['type'],
    kg: number,
    areaKey?: string,
  ) =>
    createMine(b, {
      rng,
      region: region(i),
      status,
      type,
      plausibleKg: kg,
      base: baseOf(rng, region(i), bases),
      areaKey,
    });
  const officials = cw.officials.slice(0, 2);
  const large = cw.info.trades ? 2 : 1;
  const licensed: MineRef[] = [];
  for (let i = 0; i < large; i++)
    licensed.push(
      mine(i, 'LICENSED', rng.pick(['LARGE_SCALE', 'HARD_ROCK'] as const), Math.round(rng.float(1500, 6000))),
    );
  if (cw.info.trades)
    for (let i = 0; i < 2; i++)
      licensed.push(
        mine(
          i + 1,
          'LICENSED',
          region(i + 1).alluvial ? 'ALLUVIAL' : 'ARTISANAL',
          Math.round(rng.float(150, 450)),
        ),
      );
  const informal = mine(2, 'INFORMAL', 'ARTISANAL', Math.round(rng.float(40, 150)));
  const area = PROTECTED_AREAS.find((a) => a.country === iso);
  const illegal = [mine(0, 'ILLEGAL', 'ALLUVIAL', Math.round(rng.float(50, 200)))];
  if (area) illegal.push(mine(1, 'ILLEGAL', 'ALLUVIAL', Math.round(rng.float(50, 200)), area.key));
  cw.mines.push(...licensed, informal, ...illegal);
  for (const site of [informal, ...illegal]) {
    const operator = createPerson(b, { country: iso, rng, born: [1965, 1995] });
    b.emit.fact('OPERATES', operator.id, site.id, miningWatch(b, iso));
  }

  const miners = licensed.map(() => groupCompany(b, rng, iso, ['MINER'], 'mining'));
  licensed.forEach((m, i) => {
    const miner = miners[i]!;
    b.emit.fact('OPERATES', miner.id, m.id, miner.registry);
    const issued = utc(rng.int(2006, 2016), rng.int(1, 12), rng.int(1, 28));
    const maxAnnualKg = Math.round(m.plausibleKg * rng.float(1.05, 1.5));
    m.licenceKg = maxAnnualKg;
    createLicence(b, {
      country: iso,
      rng,
      type: 'MINING_CONCESSION',
      holder: miner,
      official: rng.pick(officials),
      issued,
      mine: m.id,
      maxAnnualKg,
    });
  });
  cw.miners.push(...miners);
  if (!cw.info.trades) return;

  const licenced = (
    kinds: CompanyKind[],
    style: 'gold',
    type: 'EXPORT_LICENCE' | 'TRADER_REGISTRATION',
    incorporated?: number,
  ) => {
    const c = groupCompany(b, rng, iso, kinds, style, incorporated);
    const issued = Math.max(c.incorporated + 30 * 86_400_000, utc(2014, 1, 1)) + rng.int(0, 200) * 86_400_000;
    createLicence(b, {
      country: iso,
      rng,
      type,
      holder: c,
      official: rng.pick(officials),
      issued,
      years: 15,
    });
    createAccount(b, c, { country: iso, rng, currency: type === 'EXPORT_LICENCE' ? 'USD' : undefined });
    return c;
  };
  cw.buyers.push(
    licenced(['GOLD_BUYER'], 'gold', 'TRADER_REGISTRATION'),
    licenced(['GOLD_BUYER'], 'gold', 'TRADER_REGISTRATION'),
  );
  const exporters = ['PE', 'BR', 'CO'].includes(iso) ? 3 : 2;
  for (let i = 0; i < exporters; i++) {
    const young =
      i === exporters - 1 && rng.chance(0.5)
        ? utc(rng.int(2020, 2022), rng.int(1, 12), rng.int(1, 28))
        : undefined;
    cw.exporters.push(licenced(['EXPORTER', 'TRADER'], 'gold', 'EXPORT_LICENCE', young));
  }
  for (const miner of miners) createAccount(b, miner, { country: iso, rng });

  // Who sells to whom: large mines straight to an exporter, small mines through buyers.
  const soldTo = (from: CompanyRef | string, to: CompanyRef, kg: number) => {
    const id = typeof from === 'string' ? from : from.id;
    b.emit.fact('SOLD_TO', id, to.id, to.registry, { kgPerYear: Math.round(kg) });
    if (typeof from !== 'string') cw.purchases.push({ buyer: to, seller: from, kgPerYear: Math.round(kg) });
  };
  for (const e of cw.exporters) cw.supply.set(e.id, []);
  licensed.forEach((m, i) => {
    const miner = miners[i]!;
    if (i < large) {
      const exporter = cw.exporters[i % cw.exporters.length]!;
      soldTo(miner, exporter, rng.float(60, 140));
      cw.supply.get(exporter.id)!.push(m);
    } else {
      const buyer = cw.buyers[i % 2]!;
      soldTo(miner, buyer, rng.float(30, 90));
    }
  });
  soldTo(informal.id, cw.buyers[0]!, rng.float(15, 40));
  cw.buyers.forEach((buyer, i) => {
    const small = licensed[large + i]!;
    for (const e of cw.exporters) {
      soldTo(buyer, e, rng.float(20, 60));
      cw.supply.get(e.id)!.push(small);
    }
  });
  for (const e of cw.exporters) if (cw.supply.get(e.id)!.length < 2) cw.supply.get(e.id)!.push(licensed[0]!);
}
