import { PATTERN_CODES } from '@touchstone/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DETECTORS } from './detectors';
import { dataset } from './support/demo';
import type { Graph } from './support/graph';
import type { MemorySink } from '@touchstone/seed';

// Scale 2 with another seed: two independent worlds, and the ground truth still exact.
let sink: MemorySink;
let graph: Graph;
let single: number;
beforeAll(async () => {
  ({ sink, graph } = await dataset(7, 2));
  single = (await dataset(7, 1)).sink.truth!.instances.length;
}, 120_000);

const block = (id: string) => /-b(\d+)-/.exec(id)?.[1];

describe('scale 2, seed 7', () => {
  it('replicates the world in two blocks with distinct ids and no link between blocks', () => {
    const blocks = new Set(sink.entities.map((e) => block(e.id)));
    expect([...blocks].sort()).toEqual(['0', '1']);
    expect(new Set(sink.entities.map((e) => e.id)).size).toBe(sink.entities.length);
    expect(sink.links.filter((l) => block(l.from) !== block(l.to) || block(l.id) !== block(l.from))).toEqual(
      [],
    );
    expect(sink.entities.length).toBeGreaterThan(2 * 10_000);
  });

  it('plants every instance twice', () => {
    expect(sink.truth!.instances).toHaveLength(2 * single);
    for (const b of ['0', '1'])
      expect(sink.truth!.instances.filter((i) => i.block === Number(b)).length).toBe(single);
  });

  it('keeps the ground truth exact in every block', () => {
    for (const code of PATTERN_CODES) {
      const found = DETECTORS[code](graph, graph.truth.parameters[code]);
      const planted = graph.truth.instances.filter((i) => i.pattern === code).map((i) => i.subject);
      expect([...found].sort(), code).toEqual(planted.sort());
    }
  }, 60_000);
});
