import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, lnGamma, regularizedGammaQ } from '@touchstone/analytics';

describe('lnGamma', () => {
  it('matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(1)).toBeCloseTo(0, 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
  });
});

describe('chiSquareSurvival', () => {
  it('gives the textbook 5 % and 1 % critical values', () => {
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 9);
    expect(chiSquareSurvival(7.814727903251178, 3)).toBeCloseTo(0.05, 9);
    expect(chiSquareSurvival(15.50731305586545, 8)).toBeCloseTo(0.05, 9);
    expect(chiSquareSurvival(6.634896601021214, 1)).toBeCloseTo(0.01, 9);
  });

  it('matches the closed forms for even degrees of freedom', () => {
    // k = 2: exp(−x/2); k = 4: exp(−x/2)(1 + x/2)
    expect(chiSquareSurvival(2, 2)).toBeCloseTo(Math.exp(-1), 12);
    expect(chiSquareSurvival(9.210340371976182, 2)).toBeCloseTo(0.01, 12);
    expect(chiSquareSurvival(4, 4)).toBeCloseTo(3 * Math.exp(-2), 12);
    expect(chiSquareSurvival(30, 4)).toBeCloseTo(16 * Math.exp(-15), 15);
  });

  it('is 1 at zero, tiny far in the tail, and rejects bad degrees of freedom', () => {
    expect(chiSquareSurvival(0, 5)).toBe(1);
    expect(chiSquareSurvival(200, 10)).toBeLessThan(1e-30);
    expect(() => chiSquareSurvival(1, 0)).toThrow(/@touchstone\/analytics/);
  });

  it('uses the series and the continued fraction consistently around x = a + 1', () => {
    const a = 3;
    expect(regularizedGammaQ(a, a + 1 - 1e-9)).toBeCloseTo(regularizedGammaQ(a, a + 1 + 1e-9), 8);
  });
});
