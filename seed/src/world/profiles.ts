/**
 * Gold fingerprints: each region has a base signature, each mine a variation of it (so
 * neighbouring mines can be hard to tell apart, as in real reference databases), and each
 * sample is one specimen of its source measured with lab error. Values are rounded as written,
 * and every comparison is computed on the rounded values.
 */
import { ppmSpread, type ElementProfile, type ReferenceProfile } from '@touchstone/analytics';
import type { Rng } from '../core/rng';
import { ELEMENTS, ELEMENT_SYMBOLS } from '../reference/elements';

const sig = (x: number, digits = 4): number => (x === 0 ? 0 : Number(x.toPrecision(digits)));

/** A regional base signature in log10 ppm, one value per element. */
export function regionBase(rng: Rng): number[] {
  return ELEMENTS.map((e) => rng.float(e.low, e.high));
}

/** A mine's reference profile around a regional base (mercury-rich where gold is amalgamated). */
export function mineProfile(rng: Rng, base: readonly number[], usesMercury: boolean): ReferenceProfile {
  const means = ELEMENTS.map((e, i) => {
    let m = (base[i] ?? e.low) + rng.normal(0, 0.45);
    if (e.symbol === 'Hg' && usesMercury) m += 0.9;
    return Math.min(e.high + 0.4, Math.max(e.low - 0.3, m));
  });
  const concentrationsPpm = means.map((m) => sig(10 ** m));
  return {
    elements: [...ELEMENT_SYMBOLS],
    concentrationsPpm,
    uncertaintiesPpm: ELEMENTS.map((e, i) =>
      sig(ppmSpread(concentrationsPpm[i]!, rng.float(e.spreadLow, e.spreadHigh)), 3),
    ),
    detectionLimitsPpm: ELEMENTS.map((e) => e.lod),
    specimens: 8,
  };
}

/** One specimen drawn from a mine and measured (relative lab error 4–10 %); `refined` keeps little signature. */
export function measureSpecimen(rng: Rng, source: ReferenceProfile, refined = false): ElementProfile {
  const concentrationsPpm: number[] = [];
  const uncertaintiesPpm: number[] = [];
  ELEMENTS.forEach((e, i) => {
    const mean = Math.log10(source.concentrationsPpm[i]!);
    const spread = source.uncertaintiesPpm![i]! / (source.concentrationsPpm[i]! * Math.LN10);
    let y = mean + rng.normal(0, spread);
    if (refined)
      y =
        e.symbol === 'Ag'
          ? rng.float(2, 2.6)
          : e.symbol === 'Cu'
            ? rng.float(0.8, 1.4)
            : Math.log10(e.lod) - 1;
    const rel = rng.float(0.04, 0.1);
    const x = 10 ** y * (1 + rng.normal(0, rel));
    const below = !(x > e.lod);
    concentrationsPpm.push(below ? 0 : sig(x));
    uncertaintiesPpm.push(below ? sig(e.lod * rel, 3) : sig(x * rel, 3));
  });
  return {
    elements: [...ELEMENT_SYMBOLS],
    concentrationsPpm,
    uncertaintiesPpm,
    detectionLimitsPpm: ELEMENTS.map((e) => e.lod),
  };
}
