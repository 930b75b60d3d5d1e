import { compareToReference, populationOf, type ReferenceProfile } from '@touchstone/analytics';
import type { EntityRecord } from '@touchstone/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from './support/demo';
import { targets, type Graph } from './support/graph';

let graph: Graph;
let references: Map<string, ReferenceProfile>;
beforeAll(async () => {
  ({ graph } = await dataset());
  references = new Map();
  for (const s of (graph.byType.get('Sample') ?? []).filter((x) => x.sampleKind === 'REFERENCE')) {
    references.set(targets(graph, s.id, 'TAKEN_FROM')[0]!, {
      ...(s as unknown as ReferenceProfile),
      specimens: 8,
    });
  }
}, 60_000);

const profile = (s: EntityRecord) => s as unknown as ReferenceProfile;

describe('stored sample-to-mine comparisons', () => {
  it('give every mine exactly one reference profile', () => {
    const mines = graph.byType.get('Mine') ?? [];
    expect(mines.filter((m) => !references.has(m.id)).map((m) => m.id)).toEqual([]);
  });

  it('are reproduced by compareToReference from the stored sample and reference records', () => {
    const comparisons = graph.links.get('COMPARED_WITH') ?? [];
    expect(comparisons.length).toBeGreaterThan(100);
    const options = { alpha: 0.01, minElements: 4, specimens: 8 };
    for (const l of comparisons) {
      const c = compareToReference(profile(graph.entities.get(l.from)!), references.get(l.to)!, options);
      expect(l.verdict, l.id).toBe(c.verdict);
      expect(l.degreesOfFreedom).toBe(c.degreesOfFreedom);
      expect(l.distance as number).toBeCloseTo(c.distance, 3);
      expect(l.pValue as number).toBeCloseTo(c.pValue, 5);
      if (l.verdict === 'EXCLUDED') expect(l.pValue as number).toBeLessThan(0.01);
      if (l.verdict === 'CONSISTENT') expect(l.pValue as number).toBeGreaterThanOrEqual(0.01);
    }
  });

  it('rank the true source above the declared mine in the planted mismatches', () => {
    const population = populationOf([...references.values()]);
    for (const i of graph.truth.instances.filter((x) => x.pattern === 'GOLD_ASSAY_MISMATCH')) {
      const sample = profile(graph.entities.get(i.subject)!);
      const declared = compareToReference(sample, references.get(i.details!.declaredMine as string)!, {
        population,
      });
      const source = compareToReference(sample, references.get(i.details!.consistentWith as string)!, {
        population,
      });
      expect(declared.verdict).toBe('EXCLUDED');
      expect(source.verdict).toBe('CONSISTENT');
      expect(source.logDensity - declared.logDensity).toBeGreaterThan(0);
    }
  });
});
