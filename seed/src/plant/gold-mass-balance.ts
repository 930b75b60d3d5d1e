/**
 * MASS_BALANCE_GAP: traders that export more gold than they ever received — a Dubai trader
 * shipping ~210 kg in 2023 after receiving 60 kg, and a Hong Kong trader shipping ~520 kg in
 * 2021 against ~340 kg in. Look-alikes: a Panama trader building stock (out 8 % below in) and a
 * Turkish trader 3 % above (weighing and assay differences, inside the 5 % tolerance).
 */
import type { Rng } from '../core/rng';
import { utc } from '../core/time';
import type { Block } from '../world/block';
import { refineriesIn } from '../world/markets';
import type { CompanyRef } from '../world/registry';
import { firm } from './actors';
import { goldShipment } from './gold-actors';

function flows(
  b: Block,
  rng: Rng,
  trader: CompanyRef,
  supplierIso: string,
  year: number,
  inKg: number[],
  outTotal: number,
  outCount: number,
  to: string,
): { ins: string[]; outs: string[] } {
  const supplier = firm(b, rng, supplierIso, ['EXPORTER', 'TRADER'], 'gold').party;
  const ins = inKg.map(
    (kg, i) =>
      goldShipment(b, rng, {
        exporter: supplier,
        consignee: trader,
        from: supplierIso,
        to: trader.country,
        date: utc(year, 1 + i * 2, rng.int(1, 25)),
        fineKg: kg,
        settle: false,
      }).id,
  );
  const refinery = rng.pick(refineriesIn(b, to));
  const outs = Array.from(
    { length: outCount },
    (_, i) =>
      goldShipment(b, rng, {
        exporter: trader,
        consignee: refinery,
        from: trader.country,
        to,
        date: utc(year, 2 + Math.floor((i * 10) / outCount), rng.int(1, 25)),
        fineKg: outTotal / outCount,
        settle: false,
      }).id,
  );
  return { ins, outs };
}

export function plantMassBalance(b: Block): void {
  const rng = b.rng.fork('plant:mass-balance');
  const cases: [string, string, number, number[], number, number, string][] = [
    ['AE', 'GH', 2023, [30, 30], 210, 6, 'IN'],
    ['HK', 'TZ', 2021, [85, 85, 85, 85], 520, 6, 'CH'],
  ];
  for (const [iso, supplierIso, year, inKg, outKg, outCount, to] of cases) {
    const trader = firm(b, rng, iso, ['TRADER'], 'gold').party;
    const { ins, outs } = flows(b, rng, trader, supplierIso, year, inKg, outKg, outCount, to);
    const received = inKg.reduce((s, x) => s + x, 0);
    b.truth.instance('MASS_BALANCE_GAP', {
      subject: trader.id,
      entities: [...ins, ...outs],
      size: Math.round(outKg - received),
      description: `A trader in ${iso} receives ${received} kg fine gold in ${year} (${ins.length} lots) but exports ${outKg} kg (${outCount} lots): ${Math.round(outKg - received)} kg that never arrived on paper.`,
      details: { year, receivedKg: received, exportedKg: outKg, received: ins, exported: outs },
    });
  }
  const panama = firm(b, rng, 'PA', ['TRADER'], 'gold').party;
  const p = flows(b, rng, panama, 'CO', 2022, [50, 50, 50, 50], 184, 4, 'US');
  b.truth.lookAlike('MASS_BALANCE_GAP', {
    subject: panama.id,
    entities: [...p.ins, ...p.outs],
    why: 'Received 200 kg and exported 184 kg in 2022: building stock, not creating metal.',
  });
  const istanbul = firm(b, rng, 'TR', ['TRADER'], 'gold').party;
  const t = flows(b, rng, istanbul, 'GH', 2024, [100, 100, 100], 309, 3, 'CH');
  b.truth.lookAlike('MASS_BALANCE_GAP', {
    subject: istanbul.id,
    entities: [...t.ins, ...t.outs],
    why: 'Exported 309 kg against 300 kg received in 2024: 3 % and 9 kg more, inside tolerance 0.05 and under minGapKg 20 (weighing and assay differences).',
  });
}
