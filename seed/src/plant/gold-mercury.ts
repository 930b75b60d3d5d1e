/**
 * GOLD_MERCURY: mercury reaching illegal mining — a Bolivian chemicals importer buying Mexican
 * mercury whose director runs an illegal site in Madre de Dios (two links), and a man caught
 * with 120 kg of mercury at a checkpoint who runs an illegal site himself (one link). Look-alikes:
 * the legal dental trade, and an importer three links away from an illegal site.
 */
import type { Rng } from '../core/rng';
import { utc } from '../core/time';
import { createPerson } from '../factory/person';
import { createShipment } from '../factory/shipment';
import { regionsOf } from '../reference/regions';
import type { Block } from '../world/block';
import { createProsecution, createSeizure } from '../world/enforcement';
import { tradeCompany } from '../world/markets';
import { createMine, miningWatch } from '../world/mines';
import { regionBase } from '../world/profiles';
import type { CompanyRef, MineRef, PartyRef } from '../world/registry';

function illegalSite(b: Block, rng: Rng, operator: PartyRef): MineRef {
  const mine = createMine(b, {
    rng,
    region: regionsOf('PE')[0]!,
    status: 'ILLEGAL',
    type: 'ALLUVIAL',
    plausibleKg: Math.round(rng.float(40, 150)),
    base: regionBase(rng),
    usesMercury: true,
    reserved: true,
  });
  b.emit.fact('OPERATES', operator.id, mine.id, miningWatch(b, 'PE'));
  return mine;
}

function mercuryImports(
  b: Block,
  rng: Rng,
  maker: CompanyRef,
  importer: CompanyRef,
  dates: number[],
): string[] {
  return dates.map((date) => {
    const kg = rng.float(150, 400);
    return createShipment(b, {
      rng,
      exporter: maker,
      consignee: importer,
      from: 'MX',
      to: importer.country,
      date,
      commodity: 'MERCURY',
      grossKg: kg,
      valueUsd: kg * rng.float(70, 140),
      transportMode: 'ROAD',
    }).id;
  });
}

export function plantMercury(b: Block, legalDental: string): void {
  const rng = b.rng.fork('plant:mercury');
  const maker = tradeCompany(b, rng, 'MX', ['OTHER']);
  const director = createPerson(b, { country: 'BO', rng, born: [1970, 1988] });
  const importer = tradeCompany(b, rng, 'BO', ['OTHER']);
  b.emit.fact('DIRECTOR_OF', director.id, importer.id, importer.registry, { role: 'general manager' });
  const site = illegalSite(b, rng, director);
  const imports = mercuryImports(b, rng, maker, importer, [
    utc(2021, 4, 6),
    utc(2021, 10, 19),
    utc(2022, 5, 3),
  ]);
  b.truth.instance('GOLD_MERCURY', {
    subject: importer.id,
    entities: [director.id, site.id, maker.id, ...imports],
    size: 2,
    description:
      'A Bolivian chemicals importer receives three road shipments of Mexican mercury (150–400 kg each); its general manager operates an illegal alluvial site in Madre de Dios.',
    details: { path: [importer.id, director.id, site.id], shipments: imports },
  });
  const carrier = createPerson(b, { country: 'PE', rng, born: [1978, 1995] });
  const own = illegalSite(b, rng, carrier);
  const date = utc(rng.int(2020, 2024), rng.int(1, 12), rng.int(1, 28), 5);
  const seizure = createSeizure(b, {
    rng,
    country: 'PE',
    date,
    place: 'Police checkpoint, Interoceanic Highway km 98, Madre de Dios',
    point: { lat: -12.75, lon: -69.9 },
    goods: 'MERCURY',
    weightKg: 120,
    valueUsd: 14_000,
    people: [{ party: carrier, role: 'driver' }],
  });
  createProsecution(
    b,
    rng,
    'PE',
    date + 50 * 86_400_000,
    [seizure],
    [carrier],
    'CONVICTED',
    ['illegal mining', 'trafficking of mercury'],
    14_000,
  );
  b.truth.instance('GOLD_MERCURY', {
    subject: carrier.id,
    entities: [seizure, own.id],
    size: 1,
    description:
      'A driver caught with 120 kg of mercury on the Interoceanic Highway operates an illegal alluvial site himself.',
    details: { path: [carrier.id, own.id], seizure },
  });
  b.truth.lookAlike('GOLD_MERCURY', {
    subject: legalDental,
    entities: [],
    why: 'A US dental wholesaler importing Mexican mercury twice a year, with no link to any mine.',
  });
  const distant = tradeCompany(b, rng, 'BO', ['OTHER']);
  const manager = createPerson(b, { country: 'BO', rng });
  const friend = createPerson(b, { country: 'PE', rng });
  b.emit.fact('DIRECTOR_OF', manager.id, distant.id, distant.registry, { role: 'general manager' });
  b.emit.fact('ASSOCIATE_OF', manager.id, friend.id, miningWatch(b, 'PE'), { context: 'business partner' });
  const far = illegalSite(b, rng, friend);
  const farImports = mercuryImports(b, rng, maker, distant, [utc(2023, 2, 14)]);
  b.truth.lookAlike('GOLD_MERCURY', {
    subject: distant.id,
    entities: [manager.id, friend.id, far.id, ...farImports],
    why: 'A mercury importer three links from an illegal site (manager → business partner → site): beyond maxHops 2.',
  });
}
