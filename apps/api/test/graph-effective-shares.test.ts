import { describe, expect, it } from 'vitest';
import { effectiveShares, type Holding } from '../src/services/graph/effective-shares';

const h = (owner: string, owned: string, share: number): Holding => ({
  key: `${owner}>${owned}`,
  owner,
  owned,
  share,
});

describe('effectiveShares', () => {
  it('multiplies along chains and sums over chains', () => {
    const r = effectiveShares('c', [
      h('p', 'a', 0.5),
      h('a', 'c', 0.4),
      h('p', 'b', 1),
      h('b', 'c', 0.3),
      h('q', 'c', 0.3),
    ]);
    const shares = Object.fromEntries(r.owners.map((o) => [o.id, o.effectiveShare]));
    expect(shares).toEqual({ p: 0.5, a: 0.4, b: 0.3, q: 0.3 });
    const p = r.owners.find((o) => o.id === 'p')!;
    expect(p).toMatchObject({ ultimate: true, directShare: null, maxDepth: 2 });
    expect(p.chains.map((c) => c.nodeIds)).toEqual([
      ['p', 'b', 'c'],
      ['p', 'a', 'c'],
    ]);
    expect(r.owners.find((o) => o.id === 'q')!.directShare).toBe(0.3);
    expect(r.cycles).toEqual([]);
  });

  it('cuts a loop where it closes, counts each simple chain once and reports the loop once', () => {
    // c ← x (0.5) ← y (0.5) ← x (0.5): x and y hold each other.
    const r = effectiveShares('c', [h('x', 'c', 0.5), h('y', 'x', 0.5), h('x', 'y', 0.5), h('p', 'y', 0.5)]);
    const shares = Object.fromEntries(r.owners.map((o) => [o.id, o.effectiveShare]));
    expect(shares).toEqual({ x: 0.5, y: 0.25, p: 0.125 });
    expect(r.cycles).toEqual([['x', 'y']]);
    expect(r.owners.find((o) => o.id === 'y')!.ultimate).toBe(false);
  });

  it('treats a company holding itself through others as a cycle, not an owner', () => {
    const r = effectiveShares('c', [h('a', 'c', 0.6), h('c', 'a', 0.2)]);
    expect(r.owners.map((o) => o.id)).toEqual(['a']);
    expect(r.cycles).toEqual([['a', 'c']]);
  });

  it('stops at the depth and chain caps and says so', () => {
    const chain = Array.from({ length: 12 }, (_, i) => h(`n${i + 1}`, i === 0 ? 'c' : `n${i}`, 1));
    expect(effectiveShares('c', chain, 10).owners.map((o) => o.id)).toHaveLength(10);
    const wide = Array.from({ length: 30 }, (_, i) => h(`p${i}`, 'c', 0.01));
    const capped = effectiveShares('c', wide, 10, 5);
    expect(capped.truncated).toBe(true);
    expect(capped.owners).toHaveLength(5);
  });
});
