import { PATTERN_CODES } from '@touchstone/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETECTORS } from './detectors';
import { mirrorGaps } from './detectors/gold-trade';
import { dataset } from './support/demo';
import type { Graph } from './support/graph';

let graph: Graph;
beforeAll(async () => {
  ({ graph } = await dataset());
}, 60_000);

describe('reference detectors at the default parameters find exactly the planted subjects', () => {
  for (const code of PATTERN_CODES) {
    it(code, () => {
      const found = DETECTORS[code](graph, graph.truth.parameters[code]);
      const planted = new Set(graph.truth.instances.filter((i) => i.pattern === code).map((i) => i.subject));
      expect([...found].sort()).toEqual([...planted].sort());
      const lookAlikes = graph.truth.lookAlikes.filter((l) => l.pattern === code).map((l) => l.subject);
      expect(lookAlikes.filter((s) => found.has(s))).toEqual([]);
    });
  }

  it('GOLD_MIRROR_TRADE_GAP flags exactly the planted country pairs and years', () => {
    const found = mirrorGaps(graph, graph.truth.parameters.GOLD_MIRROR_TRADE_GAP);
    const id = (iso: unknown) => `ctry-b0-${iso as string}`;
    const planted = graph.truth.instances
      .filter((i) => i.pattern === 'GOLD_MIRROR_TRADE_GAP')
      .map((i) => `${id(i.details!.exporter)}>${id(i.details!.importer)}:${i.details!.year as number}`);
    expect([...found].sort()).toEqual(planted.sort());
  });
});
