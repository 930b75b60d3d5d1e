import { describe, expect, it } from 'vitest';
import { Rng } from '../src/core/rng';

describe('Rng', () => {
  it('repeats itself for the same key and differs for another', () => {
    const a = new Rng('k');
    const b = new Rng('k');
    const c = new Rng('other');
    const draw = (r: Rng) => Array.from({ length: 5 }, () => r.next());
    expect(draw(a)).toEqual(draw(b));
    expect(draw(new Rng('k'))).not.toEqual(draw(c));
  });

  it('forks streams that do not depend on how much the parent drew', () => {
    const a = new Rng('k');
    const b = new Rng('k');
    b.next();
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
  });

  it('draws uniformly enough: integers in range, mean near the middle', () => {
    const r = new Rng('u');
    const xs = Array.from({ length: 20_000 }, () => r.int(1, 6));
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(6);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(3.5, 1);
  });
});
