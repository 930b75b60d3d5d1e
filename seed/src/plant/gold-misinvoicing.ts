/**
 * GOLD_MISINVOICING: an exporter declaring one lot at ~62 % of the market price (under-invoicing
 * to keep value offshore), and one declaring four lots at 140–160 % (over-invoicing to bring
 * money in). Look-alikes: lots at −8 % and +7 % — doré discounts and a monthly-average reference.
 */
import type { Rng } from '../core/rng';
import { DAY } from '../core/time';
import type { Block } from '../world/block';
import { refineriesIn } from '../world/markets';
import { local } from '../world/registry';
import { allocateOrigins } from '../world/trade';
import { firm, someDay } from './actors';
import { goldShipment } from './gold-actors';

function exporterWith(b: Block, rng: Rng, iso: string, factors: number[], to: string) {
  const exporter = firm(b, rng, iso, ['EXPORTER', 'TRADER'], 'gold').party;
  const mines = local(b.world, iso).mines.filter((m) => m.status === 'LICENSED' && !m.reserved);
  const refinery = rng.pick(refineriesIn(b, to));
  let t = someDay(rng, 2020, 2024);
  const odd: string[] = [];
  for (const factor of factors) {
    const origins = allocateOrigins(b, rng, mines, rng.float(15, 40), new Date(t).getUTCFullYear());
    const fineKg = origins.reduce((s, o) => s + o.fineKg, 0);
    if (fineKg >= 1) {
      const s = goldShipment(b, rng, {
        exporter,
        consignee: refinery,
        from: iso,
        to: refinery.country,
        date: t,
        fineKg,
        origins,
        priceFactor: factor === 1 ? undefined : factor,
        settle: false,
      });
      if (factor !== 1) odd.push(s.id);
    }
    t += rng.int(35, 70) * DAY;
  }
  return { exporter, odd };
}

export function plantMisinvoicing(b: Block): void {
  const rng = b.rng.fork('plant:misinvoicing');
  const under = exporterWith(b, rng, 'BO', [1, 0.62, 1], 'IN');
  b.truth.instance('GOLD_MISINVOICING', {
    subject: under.exporter.id,
    entities: under.odd,
    size: under.odd.length,
    description:
      'A Bolivian exporter declares one of three lots at 62 % of the month’s market value per fine kg (under-invoicing).',
    details: { shipments: under.odd, priceFactors: [0.62] },
  });
  const factors = [1, rng.float(1.4, 1.6), 1, rng.float(1.4, 1.6), rng.float(1.4, 1.6), rng.float(1.4, 1.6)];
  const over = exporterWith(b, rng, 'EC', factors, 'US');
  b.truth.instance('GOLD_MISINVOICING', {
    subject: over.exporter.id,
    entities: over.odd,
    size: over.odd.length,
    description:
      'An Ecuadorian exporter declares four of six lots at 140–160 % of the market value (over-invoicing to bring money in as export proceeds).',
    details: { shipments: over.odd },
  });
  const low = exporterWith(b, rng, 'PE', [1, 0.92, 1], 'CH');
  b.truth.lookAlike('GOLD_MISINVOICING', {
    subject: low.exporter.id,
    entities: low.odd,
    why: 'A lot declared 8 % under the monthly average: ordinary for doré (refining charges, price moves within the month); maxDeviation is 10 %.',
  });
  const high = exporterWith(b, rng, 'CO', [1, 1.07], 'US');
  b.truth.lookAlike('GOLD_MISINVOICING', {
    subject: high.exporter.id,
    entities: high.odd,
    why: 'A lot declared 7 % over the monthly average, inside the 10 % tolerance.',
  });
}
