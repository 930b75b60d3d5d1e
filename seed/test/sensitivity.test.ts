import type { PatternCode } from '@touchstone/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETECTORS } from './detectors';
import { dataset } from './support/demo';
import type { Graph } from './support/graph';

// Look-alikes are near misses: loosening the one parameter each was designed against makes the
// reference detector flag it. This shows the defaults, not the data, keep them out.
const RELAXED: [PatternCode, Record<string, unknown>, RegExp][] = [
  ['MONEY_CYCLE', { maxHopDays: 6 }, /4–5 days/],
  ['MONEY_CYCLE', { minRetention: 0.45 }, /50–60 %/],
  ['MONEY_FAN_OUT', { minCounterparties: 4 }, /Only 4/],
  ['MONEY_FAN_IN', { minCounterparties: 4 }, /Only 4/],
  ['MONEY_SCATTER_GATHER', { maxHopDays: 7 }, /4.5–6 days/],
  ['MONEY_GATHER_SCATTER', { scatterWithinDays: 13 }, /9–12 days/],
  ['MONEY_BIPARTITE', { windowDays: 400 }, /every month/],
  ['MONEY_STRUCTURING', { windowDays: 100 }, /one a month/],
  ['MONEY_STRUCTURING', { thresholdUsd: 30_000, lowerFraction: 0.3 }, /car dealer/],
  ['MONEY_RAPID_PASS_THROUGH', { maxHours: 150 }, /4–6 days/],
  ['MONEY_RAPID_PASS_THROUGH', { minEvents: 2 }, /only twice/],
  ['MONEY_LAYERING_CHAIN', { minHops: 4 }, /60 %/],
  ['MONEY_LAYERING_CHAIN', { minHops: 4 }, /pause/],
  ['MONEY_ROUND_TRIPPING', { minRetention: 0.3 }, /35 %/],
  ['CORP_SHELL_NETWORK', { minCompaniesAtAddress: 5 }, /business centre/],
  ['CORP_SHELL_NETWORK', { minDirectorships: 4 }, /finance director/],
  ['CORP_HIDDEN_OWNER', { uboThreshold: 0.15 }, /15 %/],
  ['GOLD_EXPORT_OVER_CAPACITY', { tolerance: 1.1 }, /1\.15 times/],
  ['GOLD_EXPORT_OVER_CAPACITY', { tolerance: 0.99 }, /exactly its capacity/],
  ['GOLD_YOUNG_EXPORTER', { minFineKg: 50 }, /minFineKg/],
  ['GOLD_OFFICIAL_PAID', { daysAfter: 1500 }, /three years/],
  ['GOLD_MIRROR_TRADE_GAP', { minGapShare: 0.1 }, /12 %/],
  ['GOLD_MIRROR_TRADE_GAP', { minGapKg: 10 }, /20 kg/],
  ['GOLD_CASH_FOR_GOLD', { minPayments: 1 }, /One such payment/],
  ['GOLD_COURIER', { minTrips: 2, windowDays: 500 }, /fourteen months/],
  ['GOLD_COURIER', { minTrips: 1 }, /One hand-carried/],
  ['GOLD_REFINER_HIGH_RISK', { minShipmentsPerYear: 2 }, /Two lots/],
  ['GOLD_MISINVOICING', { maxDeviation: 0.05 }, /8 % under/],
  ['GOLD_MISINVOICING', { maxDeviation: 0.05 }, /7 % over/],
  ['GOLD_THIRD_PARTY_SETTLEMENT', { minOwnershipShare: 1.01 }, /holding company/],
  ['GOLD_MERCURY', { maxHops: 3 }, /three links/],
  ['GOLD_CRIMINAL_PROXIMITY', { maxHops: 4 }, /Four links/],
  ['GOLD_CRIMINAL_PROXIMITY', { maxHops: 4 }, /four personal links/],
  ['MASS_BALANCE_GAP', { tolerance: 0.01, minGapKg: 5 }, /309 kg/],
];

let graph: Graph;
beforeAll(async () => {
  ({ graph } = await dataset());
}, 60_000);

describe('look-alikes are flagged once the parameter that excludes them is loosened', () => {
  for (const [code, change, why] of RELAXED) {
    it(`${code} ${JSON.stringify(change)} → ${why.source}`, () => {
      const look = graph.truth.lookAlikes.find((l) => l.pattern === code && why.test(l.why));
      expect(look, 'look-alike').toBeDefined();
      const found = DETECTORS[code](graph, { ...graph.truth.parameters[code], ...change } as never);
      expect(found.has(look!.subject)).toBe(true);
    });
  }
});
