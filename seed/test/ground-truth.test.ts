import { PATTERN_CODES } from '@touchstone/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroundTruth } from '@touchstone/seed';
import { dataset } from './support/demo';

let truth: GroundTruth;
let ids: Set<string>;
beforeAll(async () => {
  const { sink } = await dataset();
  truth = sink.truth!;
  ids = new Set(sink.entities.map((e) => e.id));
}, 60_000);

describe('the ground truth', () => {
  it('plants at least two instances of every pattern code, of different sizes', () => {
    for (const code of PATTERN_CODES) {
      const instances = truth.instances.filter((i) => i.pattern === code);
      expect(instances.length, code).toBeGreaterThanOrEqual(2);
      expect(new Set(instances.map((i) => i.size)).size, code).toBeGreaterThanOrEqual(2);
      expect(new Set(instances.map((i) => i.subject)).size, code).toBe(instances.length);
    }
  });

  it('has at least one look-alike per pattern code, never sharing a subject with an instance', () => {
    for (const code of PATTERN_CODES) {
      const subjects = new Set(truth.instances.filter((i) => i.pattern === code).map((i) => i.subject));
      const looks = truth.lookAlikes.filter((l) => l.pattern === code);
      expect(looks.length, code).toBeGreaterThanOrEqual(1);
      expect(
        looks.filter((l) => subjects.has(l.subject)),
        code,
      ).toEqual([]);
      for (const l of looks) expect(l.why.length, l.id).toBeGreaterThan(20);
    }
  });

  it('names only entities that exist, with the subject among them', () => {
    for (const x of [...truth.instances, ...truth.lookAlikes]) {
      expect(x.entities).toContain(x.subject);
      expect(
        x.entities.filter((id) => !ids.has(id)),
        x.id,
      ).toEqual([]);
    }
  });

  it('records default parameters and a rule for every pattern', () => {
    expect(Object.keys(truth.parameters).sort()).toEqual([...PATTERN_CODES].sort());
    for (const code of PATTERN_CODES) {
      expect(truth.rules[code].parameters).toEqual(truth.parameters[code]);
      const unexplained = Object.keys(truth.parameters[code]).filter(
        (k) => !truth.rules[code].rule.includes(k),
      );
      expect(unexplained, `${code}: parameters the rule does not mention`).toEqual([]);
    }
    expect(truth.parameters.MONEY_CYCLE).toMatchObject({ maxHopDays: 3, minRetention: 0.8 });
    expect(truth.parameters.MONEY_STRUCTURING).toMatchObject({ thresholdUsd: 10_000, lowerFraction: 0.8 });
    expect(truth.parameters.GOLD_EXPORT_OVER_CAPACITY).toEqual({ tolerance: 1.2 });
  });

  it('uses unique, readable instance ids tagged with their block', () => {
    const all = [...truth.instances, ...truth.lookAlikes].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => /-b0-L?\d+$/.test(id))).toBe(true);
  });
});
