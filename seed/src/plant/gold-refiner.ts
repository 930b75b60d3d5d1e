/**
 * GOLD_REFINER_HIGH_RISK: refiners taking gold that should have stopped them — an unaccredited
 * Dubai refinery receiving Sudanese doré relabelled as Turkish "scrap" (4 lots in 2022), and a
 * Swiss good-delivery refiner receiving Malian doré routed through Dubai (3 lots in 2023).
 * Look-alikes: a UK refiner taking scrap from a genuine US recycler, and an Indian refiner with
 * only two conflict-area lots in a year.
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import type { Block } from '../world/block';
import { refineriesIn } from '../world/markets';
import type { CompanyRef } from '../world/registry';
import { firm } from './actors';
import { goldShipment } from './gold-actors';

function lots(
  b: Block,
  rng: Rng,
  exporter: CompanyRef,
  consignee: CompanyRef,
  year: number,
  n: number,
  extra: { via?: string[]; materialType?: 'SCRAP' | 'DORE' },
): { ids: string[]; kg: number } {
  const ids: string[] = [];
  let kg = 0;
  for (let i = 0; i < n; i++) {
    const fineKg = rng.float(20, 45);
    kg += fineKg;
    const date = utc(year, 2 + i * 2, rng.int(1, 20));
    ids.push(
      goldShipment(b, rng, {
        exporter,
        consignee,
        from: exporter.country,
        to: consignee.country,
        date,
        fineKg,
        settle: false,
        ...extra,
        fineness: extra.materialType === 'SCRAP' ? rng.float(0.6, 0.8) : undefined,
      }).id,
    );
  }
  return { ids, kg };
}

export function plantRefiners(b: Block): void {
  const rng = b.rng.fork('plant:refiners');
  // the second Dubai refinery is the one without accreditation (see markets.ts)
  const dubai = refineriesIn(b, 'AE')[1]!;
  const sudan = firm(b, rng, 'SD', ['EXPORTER', 'TRADER'], 'gold').party;
  const istanbul = firm(b, rng, 'TR', ['TRADER'], 'gold').party;
  const inflow = lots(b, rng, sudan, istanbul, 2022, 4, { materialType: 'DORE' });
  const scrap: string[] = [];
  for (let i = 0; i < 4; i++) {
    const date = utc(2022, 3 + i * 2, rng.int(1, 20)) + 10 * DAY;
    scrap.push(
      goldShipment(b, rng, {
        exporter: istanbul,
        consignee: dubai,
        from: 'TR',
        to: 'AE',
        date,
        fineKg: (inflow.kg / 4) * rng.float(0.96, 0.99),
        materialType: 'SCRAP',
        fineness: rng.float(0.6, 0.8),
        settle: false,
      }).id,
    );
  }
  b.truth.instance('GOLD_REFINER_HIGH_RISK', {
    subject: dubai.id,
    entities: [istanbul.id, sudan.id, ...scrap, ...inflow.ids],
    size: scrap.length,
    description:
      'An unaccredited Dubai refinery receives 4 lots of "scrap" in 2022 from an Istanbul trader (a transit hub) — the same weight the trader had just received as Sudanese doré.',
    details: { year: 2022, highRiskShipments: scrap },
  });
  const swiss = refineriesIn(b, 'CH')[0]!;
  const mali = firm(b, rng, 'ML', ['EXPORTER', 'TRADER'], 'gold').party;
  const viaDubai = lots(b, rng, mali, swiss, 2023, 3, { via: ['AE'], materialType: 'DORE' });
  b.truth.instance('GOLD_REFINER_HIGH_RISK', {
    subject: swiss.id,
    entities: [mali.id, ...viaDubai.ids],
    size: 3,
    description:
      'A Swiss good-delivery refiner receives 3 lots of doré from a Malian exporter (conflict-affected origin) routed through Dubai in 2023.',
    details: { year: 2023, highRiskShipments: viaDubai.ids },
  });
  const london = refineriesIn(b, 'GB')[0]!;
  const recycler = b.world.recyclers.find((r) => r.country === 'US')!;
  const clean = lots(b, rng, recycler, london, 2024, 5, { materialType: 'SCRAP' });
  b.truth.lookAlike('GOLD_REFINER_HIGH_RISK', {
    subject: london.id,
    entities: [recycler.id, ...clean.ids],
    why: 'Five lots of scrap in 2024, but from a genuine US recycler shipped directly — no transit hub, no conflict-affected origin.',
  });
  const mumbai = refineriesIn(b, 'IN')[0]!;
  const burkina = firm(b, rng, 'BF', ['EXPORTER', 'TRADER'], 'gold').party;
  const two = lots(b, rng, burkina, mumbai, 2021, 2, { materialType: 'DORE' });
  b.truth.lookAlike('GOLD_REFINER_HIGH_RISK', {
    subject: mumbai.id,
    entities: [burkina.id, ...two.ids],
    why: 'Two lots from Burkina Faso (conflict-affected) in 2021 — below minShipmentsPerYear 3.',
  });
}
