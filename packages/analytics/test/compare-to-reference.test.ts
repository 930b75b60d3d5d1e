import { describe, expect, it } from 'vitest';
import { compareToReference, populationOf, ppmSpread, type ReferenceProfile } from '@touchstone/analytics';

// A two-element mine profile: Ag spread 0.05 log10, Cu spread 0.2 log10, mean of 4 specimens.
const mine: ReferenceProfile = {
  elements: ['Ag', 'Cu'],
  concentrationsPpm: [100_000, 1_000],
  uncertaintiesPpm: [ppmSpread(100_000, 0.05), ppmSpread(1_000, 0.2)],
  specimens: 4,
};
// Cu variance for a sample with 10 % lab error: 0.2² + 0.2²/4 + (0.1/ln 10)² = 0.0518861…
const cuVariance = 0.04 + 0.01 + (0.1 / Math.LN10) ** 2;

describe('compareToReference', () => {
  it('excludes a mine one log unit away in copper (hand-computed D² = 19.273, p = 6.53e-5)', () => {
    const sample = {
      elements: ['Ag', 'Cu'],
      concentrationsPpm: [100_000, 100],
      uncertaintiesPpm: [5_000, 10],
    };
    const c = compareToReference(sample, mine, { minElements: 2 });
    expect(cuVariance).toBeCloseTo(0.0518861, 6);
    expect(c.distance).toBeCloseTo(19.273, 3);
    expect(c.degreesOfFreedom).toBe(2);
    expect(c.pValue).toBeCloseTo(6.53e-5, 7);
    expect(c.verdict).toBe('EXCLUDED');
    expect(c.terms.map((t) => t.element)).toEqual(['Ag', 'Cu']);
    expect(c.terms[0]!.term).toBe(0);
  });

  it('finds a close sample consistent (D² = 0.181, p = 0.913)', () => {
    const sample = {
      elements: ['Ag', 'Cu'],
      concentrationsPpm: [100_000, 800],
      uncertaintiesPpm: [5_000, 80],
    };
    const c = compareToReference(sample, mine, { minElements: 2 });
    expect(c.distance).toBeCloseTo(0.181, 3);
    expect(c.pValue).toBeCloseTo(0.9135, 3);
    expect(c.verdict).toBe('CONSISTENT');
  });

  it('says INCONCLUSIVE when fewer elements than the minimum can be used', () => {
    const sample = {
      elements: ['Ag', 'Cu'],
      concentrationsPpm: [100_000, 100],
      uncertaintiesPpm: [5_000, 10],
    };
    expect(compareToReference(sample, mine).verdict).toBe('INCONCLUSIVE');
  });

  it('uses a one-sided term for a sample below its detection limit', () => {
    // Cu < 50 ppm while the mine mean is 1000 ppm: term = (3 − log10 50)² / V = 1.30103² / 0.0518861 = 32.623
    const sample = {
      elements: ['Ag', 'Cu'],
      concentrationsPpm: [100_000, 0],
      uncertaintiesPpm: [5_000, 5],
      detectionLimitsPpm: [1, 50],
    };
    const c = compareToReference(sample, mine, { minElements: 2 });
    expect(c.terms[1]).toMatchObject({ element: 'Cu', censored: true });
    expect(c.terms[1]!.term).toBeCloseTo(32.623, 2);
    // and no term when the mine is below the limit too
    const lowMine = { ...mine, concentrationsPpm: [100_000, 0], detectionLimitsPpm: [1, 20] };
    expect(compareToReference(sample, lowMine, { minElements: 1 }).degreesOfFreedom).toBe(1);
  });

  it('gives the log-likelihood ratio against the population (hand-computed −8.350)', () => {
    const sample = {
      elements: ['Ag', 'Cu'],
      concentrationsPpm: [100_000, 100],
      uncertaintiesPpm: [5_000, 10],
    };
    const population = { elements: ['Cu'], meanLog10: [2.5], sdLog10: [0.5] };
    const c = compareToReference(sample, mine, { minElements: 2, population });
    // ln N(2; 3, V) − ln N(2; 2.5, 0.25 + τ²) with τ = 0.1/ln 10; Ag contributes nothing to the ratio
    expect(c.logLikelihoodRatio).toBeCloseTo(-8.3504, 3);
  });
});

describe('populationOf', () => {
  it('combines the spread of mine means with the within-mine spread', () => {
    const a = { elements: ['Cu'], concentrationsPpm: [100], uncertaintiesPpm: [ppmSpread(100, 0.1)] };
    const b = { elements: ['Cu'], concentrationsPpm: [10_000], uncertaintiesPpm: [ppmSpread(10_000, 0.1)] };
    const p = populationOf([a, b]);
    expect(p.elements).toEqual(['Cu']);
    expect(p.meanLog10[0]).toBeCloseTo(3, 12);
    expect(p.sdLog10[0]).toBeCloseTo(Math.sqrt(2.01), 12);
  });
});
