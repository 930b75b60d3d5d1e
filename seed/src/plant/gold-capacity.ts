/**
 * GOLD_EXPORT_OVER_CAPACITY: laundering through a legal mine. A small Madre de Dios concession
 * (capacity 120 kg a year) is declared as origin of ~2.5 times that in 2022; a Tapajós title
 * with 40 kg of plausible output of ~4 times that in 2021 and 2023. Look-alikes declare exactly
 * their capacity, or 15 % above it (inside the 20 % tolerance).
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import type { Block } from '../world/block';
import { refineriesIn } from '../world/markets';
import { local, type MineRef } from '../world/registry';
import { dedicatedMine, goldShipment } from './gold-actors';

/** Ships `total` fine kg declared from the mine in `year`, split over `parts` shipments. */
function declare(b: Block, rng: Rng, mine: MineRef, year: number, total: number, parts: number): string[] {
  const exporter = local(b.world, mine.country).exporters.find((e) => e.incorporated < utc(2018, 1, 1))!;
  const refinery = rng.pick([...refineriesIn(b, 'CH'), ...refineriesIn(b, 'US')]);
  const ids: string[] = [];
  for (let i = 0; i < parts; i++) {
    const date = utc(year, 1, 10) + Math.floor((i * 330) / parts) * DAY + rng.int(0, 10) * DAY;
    const fineKg = Math.round((total / parts) * 1000) / 1000;
    ids.push(
      goldShipment(b, rng, {
        exporter,
        consignee: refinery,
        from: mine.country,
        to: refinery.country,
        date,
        fineKg,
        origins: [{ mine: mine.id, fineKg }],
      }).id,
    );
  }
  return ids;
}

export function plantCapacity(b: Block): void {
  const rng = b.rng.fork('plant:capacity');
  const madre = dedicatedMine(b, rng, 'PE', 120, 150, 0);
  const a = declare(b, rng, madre, 2022, 300, 6);
  b.truth.instance('GOLD_EXPORT_OVER_CAPACITY', {
    subject: madre.id,
    entities: a,
    size: 1,
    description:
      'A small licensed alluvial concession in Madre de Dios (plausible 120 kg/yr, licence 150 kg/yr) is declared as origin of 300 kg fine in 2022 — 2.5 times its capacity — by an established exporter.',
    details: { years: [2022], declaredKg: [300], capacityKg: 120, shipments: a },
  });
  const tapajos = dedicatedMine(b, rng, 'BR', 40, 60, 0);
  const c = [...declare(b, rng, tapajos, 2021, 150, 4), ...declare(b, rng, tapajos, 2023, 190, 5)];
  b.truth.instance('GOLD_EXPORT_OVER_CAPACITY', {
    subject: tapajos.id,
    entities: c,
    size: 2,
    description:
      'A "shell title" in the Tapajós (plausible 40 kg/yr) is declared as origin of 150 kg in 2021 and 190 kg in 2023.',
    details: { years: [2021, 2023], declaredKg: [150, 190], capacityKg: 40, shipments: c },
  });
  const exact = dedicatedMine(b, rng, 'CO', 200, 220, 0);
  const e = declare(b, rng, exact, 2023, 200, 4);
  b.truth.lookAlike('GOLD_EXPORT_OVER_CAPACITY', {
    subject: exact.id,
    entities: e,
    why: 'Declared 200 kg in 2023, exactly its capacity (min of plausible 200 and licence 220).',
  });
  const near = dedicatedMine(b, rng, 'EC', 100, 130, 0);
  const n = declare(b, rng, near, 2024, 115, 3);
  b.truth.lookAlike('GOLD_EXPORT_OVER_CAPACITY', {
    subject: near.id,
    entities: n,
    why: 'Declared 115 kg in 2024 against a capacity of 100 kg: 1.15 times, inside the 1.2 tolerance.',
  });
}
