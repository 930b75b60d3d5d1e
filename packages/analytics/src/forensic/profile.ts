/**
 * The shapes the forensic comparison reads: a measured sample and a mine's reference profile.
 * They match the `Sample` entity's properties, so a record read from the graph can be passed
 * as it is. Concentrations ≤ their detection limit (or 0) mean "below the detection limit".
 */

/** Element concentrations of one sample, aligned by position with `elements`. */
export interface ElementProfile {
  elements: readonly string[];
  /** Concentration per element in ppm; for a reference profile, the geometric mean over specimens. */
  concentrationsPpm: readonly number[];
  /** One standard deviation in ppm: lab uncertainty for a sample, within-mine spread for a reference. */
  uncertaintiesPpm?: readonly number[];
  /** Detection limit per element in ppm. */
  detectionLimitsPpm?: readonly number[];
}

/** A mine's reference profile: an element profile plus how many specimens its mean rests on. */
export interface ReferenceProfile extends ElementProfile {
  specimens?: number;
}

/** One element's value in log10 space, with its standard deviation and whether it is censored. */
export interface LogValue {
  log10: number;
  sd: number;
  censored: boolean;
}

const LN10 = Math.LN10;

/** The value of `element` in log10 space, or undefined when the profile does not report it. */
export function logValueOf(profile: ElementProfile, element: string): LogValue | undefined {
  const i = profile.elements.indexOf(element);
  if (i < 0) return undefined;
  const ppm = profile.concentrationsPpm[i];
  if (ppm === undefined || !Number.isFinite(ppm)) return undefined;
  const lod = profile.detectionLimitsPpm?.[i] ?? 0;
  const u = profile.uncertaintiesPpm?.[i] ?? 0;
  const censored = !(ppm > 0) || ppm <= lod;
  if (censored && !(lod > 0)) return undefined;
  const level = censored ? lod : ppm;
  return { log10: Math.log10(level), sd: u / (level * LN10), censored };
}

/** Converts a standard deviation in log10 units back to ppm at a given level (for writing profiles). */
export function ppmSpread(levelPpm: number, sdLog10: number): number {
  return levelPpm * LN10 * sdLog10;
}
