/**
 * GOLD_YOUNG_EXPORTER: companies that export hundreds of kilos within a year of being
 * incorporated (Peru 2022: ~640 kg; Ghana 2023: ~1.9 t). Look-alikes: a 1998 exporter moving
 * more than either, and a young exporter with a modest first year.
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import type { Block } from '../world/block';
import { refineriesIn } from '../world/markets';
import { allocateOrigins } from '../world/trade';
import { local } from '../world/registry';
import type { Holder } from './actors';
import { goldShipment, newExporter } from './gold-actors';
import type { CompanyRef } from '../world/registry';

/** Ships about `total` fine kg in `count` shipments from `from` (ms) over `days` days. */
function run(
  b: Block,
  rng: Rng,
  exporter: Holder<CompanyRef>,
  to: string,
  from: number,
  days: number,
  count: number,
  total: number,
): { ids: string[]; kg: number } {
  const cw = local(b.world, exporter.party.country);
  const mines = cw.mines.filter((m) => m.status === 'LICENSED' && !m.reserved && m.plausibleKg > 1000);
  const refinery = rng.pick(refineriesIn(b, to));
  const ids: string[] = [];
  let kg = 0;
  for (let i = 0; i < count; i++) {
    const date = from + Math.floor((i * days) / count) * DAY + rng.int(0, 3) * DAY;
    const origins = allocateOrigins(
      b,
      rng,
      mines,
      (total / count) * rng.float(0.9, 1.1),
      new Date(date).getUTCFullYear(),
    );
    const fineKg = origins.reduce((s, o) => s + o.fineKg, 0);
    if (fineKg < 1) continue;
    kg += fineKg;
    ids.push(
      goldShipment(b, rng, {
        exporter: exporter.party,
        consignee: refinery,
        from: exporter.party.country,
        to: refinery.country,
        date,
        fineKg,
        origins,
      }).id,
    );
  }
  return { ids, kg: Math.round(kg) };
}

export function plantYoungExporters(b: Block): void {
  const rng = b.rng.fork('plant:young');
  const cases: [string, number, string, number, number][] = [
    ['PE', utc(2022, 3, 10), 'CH', 14, 640],
    ['GH', utc(2023, 8, 21), 'AE', 24, 1_900],
  ];
  for (const [iso, incorporated, to, count, total] of cases) {
    const exporter = newExporter(b, rng, iso, incorporated);
    const { ids, kg } = run(b, rng, exporter, to, incorporated + 45 * DAY, 300, count, total);
    b.truth.instance('GOLD_YOUNG_EXPORTER', {
      subject: exporter.party.id,
      entities: ids,
      size: count,
      description: `An exporter incorporated on ${new Date(incorporated).toISOString().slice(0, 10)} ships ${kg} kg fine gold in ${count} shipments within its first year.`,
      details: {
        incorporated: new Date(incorporated).toISOString().slice(0, 10),
        firstYearFineKg: kg,
        shipments: ids,
      },
    });
  }
  const veteran = newExporter(b, rng, 'ZA', utc(1998, 5, 4));
  const v = run(b, rng, veteran, 'IN', utc(2023, 1, 15), 330, 20, 2_000);
  b.truth.lookAlike('GOLD_YOUNG_EXPORTER', {
    subject: veteran.party.id,
    entities: v.ids,
    why: `An exporter incorporated in 1998 ships ${v.kg} kg in 2023: large, but not young.`,
  });
  const small = newExporter(b, rng, 'EC', utc(2021, 6, 1));
  const s = run(b, rng, small, 'CH', utc(2021, 8, 1), 280, 5, 150);
  b.truth.lookAlike('GOLD_YOUNG_EXPORTER', {
    subject: small.party.id,
    entities: s.ids,
    why: `Incorporated in 2021 and exporting in its first year, but only ${s.kg} kg (minFineKg is 300).`,
  });
}
