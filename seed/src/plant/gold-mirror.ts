/**
 * GOLD_MIRROR_TRADE_GAP: Uganda→UAE 2022, where the UAE reports importing four times what
 * Uganda reports exporting, and Zimbabwe→UAE 2020, where the UAE reports less than a third
 * (gold declared for the UAE that went elsewhere). Look-alikes: a 12 % gap (within normal
 * CIF/FOB and timing differences) and a 50 % gap of only 20 kg.
 */
import type { Block } from '../world/block';
import { ordinaryVolume, tradeKey, TRADE_PAIRS, type TradeOverrides } from '../world/trade-statistics';

function volume(from: string, to: string, year: number): number {
  const pair = TRADE_PAIRS.find(([a, c]) => a === from && c === to);
  if (!pair) throw new Error(`@touchstone/seed: no trade pair ${from}>${to}`);
  return ordinaryVolume(from, pair[2], year);
}

export function plantMirrorGaps(b: Block, overrides: TradeOverrides): void {
  const country = (iso: string) => b.world.countries.get(iso)?.id ?? b.emit.ids.named('Country', iso);
  const cases: [string, string, number, number, string][] = [
    [
      'UG',
      'AE',
      2022,
      4.2,
      'the UAE reports importing 4.2 times what Uganda reports exporting to it (undeclared exits, smuggling into the UAE)',
    ],
    [
      'ZW',
      'AE',
      2020,
      0.3,
      'the UAE reports importing under a third of what Zimbabwe reports exporting to it (declared for the UAE, delivered elsewhere)',
    ],
  ];
  for (const [from, to, year, factor, story] of cases) {
    const exportKg = volume(from, to, year);
    const importKg = Math.round(exportKg * factor);
    overrides.set(tradeKey(from, to, year), { exportKg, importKg });
    b.truth.instance('GOLD_MIRROR_TRADE_GAP', {
      subject: country(from),
      entities: [country(to)],
      size: Math.abs(importKg - exportKg),
      description: `HS 7108, ${year}: ${story}. ${from} reports ${exportKg} kg exported; ${to} reports ${importKg} kg imported.`,
      details: { exporter: from, importer: to, year, exportKg, importKg },
    });
  }
  const normal = volume('PE', 'CH', 2023);
  overrides.set(tradeKey('PE', 'CH', 2023), { exportKg: normal, importKg: Math.round(normal * 1.12) });
  b.truth.lookAlike('GOLD_MIRROR_TRADE_GAP', {
    subject: country('PE'),
    entities: [country('CH')],
    why: 'PE→CH 2023: Switzerland reports 12 % more than Peru — within normal CIF/FOB valuation and timing differences (minGapShare is 0.25).',
    details: { exporter: 'PE', importer: 'CH', year: 2023 },
  });
  overrides.set(tradeKey('EC', 'PA', 2021), { exportKg: 40, importKg: 60 });
  b.truth.lookAlike('GOLD_MIRROR_TRADE_GAP', {
    subject: country('EC'),
    entities: [country('PA')],
    why: 'EC→PA 2021: 40 kg against 60 kg, a 40 % gap but only 20 kg (minGapKg is 100).',
    details: { exporter: 'EC', importer: 'PA', year: 2021 },
  });
}
