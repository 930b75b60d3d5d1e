/**
 * Is a sample consistent with a mine? A chi-square distance on log10 concentrations whose
 * variance per element adds the mine's natural spread, the uncertainty of its mean and the
 * sample's lab error (TYPOLOGIES §4.2): D² = Σ (y − μ)² / (σ² + σ²/n + τ²) ~ χ²ₖ under "same source".
 * Results are worded "consistent with" or "excluded", never "comes from".
 */
import type { COMPARISON_VERDICTS } from '@touchstone/domain';
import { chiSquareSurvival } from './chi-square';
import type { PopulationModel } from './population';
import { logValueOf, type ElementProfile, type ReferenceProfile } from './profile';

/** The verdict of one comparison, as stored on a `COMPARED_WITH` link. */
export type ComparisonVerdict = (typeof COMPARISON_VERDICTS)[number];

/** Options of {@link compareToReference}. */
export interface CompareOptions {
  /** Significance level below which the mine is excluded. Default 0.01. */
  alpha?: number;
  /**
   * Fewer measured elements (above the detection limit in both sample and reference) than this
   * gives INCONCLUSIVE: refined metal keeps little signature. Default 4.
   */
  minElements?: number;
  /** Specimens behind the reference mean when the profile does not say. Default 8. */
  specimens?: number;
  /** Floor of the within-mine spread in log10 units (method precision). Default 0.02. */
  minLogSd?: number;
  /** When given, the log-likelihood ratio "this mine" against "a random mine of the database". */
  population?: PopulationModel;
}

/** One element's contribution to the distance. */
export interface ComparisonTerm {
  element: string;
  term: number;
  /** True when the sample or the reference is below its detection limit (one-sided term). */
  censored: boolean;
}

/** The outcome of comparing a sample with one reference profile. */
export interface Comparison {
  /** D², the chi-square distance. */
  distance: number;
  /** k, the number of elements used. */
  degreesOfFreedom: number;
  /** P(χ²ₖ ≥ D²); 1 when no element could be used. */
  pValue: number;
  verdict: ComparisonVerdict;
  /** Σ ln N(y; μ, V) over the uncensored elements: differences between mines give their log LR. */
  logDensity: number;
  /** Natural-log LR against the population model (only when one was given). */
  logLikelihoodRatio?: number;
  terms: ComparisonTerm[];
}

const LN_2PI = Math.log(2 * Math.PI);
const logNormal = (x: number, mean: number, variance: number): number =>
  -0.5 * (LN_2PI + Math.log(variance)) - (0.5 * (x - mean) ** 2) / variance;

/** Compares a sample's element profile with a mine's reference profile. */
export function compareToReference(
  sample: ElementProfile,
  reference: ReferenceProfile,
  options: CompareOptions = {},
): Comparison {
  const alpha = options.alpha ?? 0.01;
  const minElements = options.minElements ?? 4;
  const n = reference.specimens ?? options.specimens ?? 8;
  const minLogSd = options.minLogSd ?? 0.02;
  const terms: ComparisonTerm[] = [];
  let logDensity = 0;
  let populationDensity = 0;
  for (const element of sample.elements) {
    const y = logValueOf(sample, element);
    const mu = logValueOf(reference, element);
    if (!y || !mu || (y.censored && mu.censored)) continue;
    const sigma = Math.max(minLogSd, mu.sd);
    const variance = sigma ** 2 + sigma ** 2 / n + y.sd ** 2;
    let term: number;
    if (y.censored) term = mu.log10 > y.log10 ? (mu.log10 - y.log10) ** 2 / variance : 0;
    else if (mu.censored) term = y.log10 > mu.log10 ? (y.log10 - mu.log10) ** 2 / variance : 0;
    else term = (y.log10 - mu.log10) ** 2 / variance;
    terms.push({ element, term, censored: y.censored || mu.censored });
    if (y.censored || mu.censored) continue;
    logDensity += logNormal(y.log10, mu.log10, variance);
    const p = options.population?.elements.indexOf(element) ?? -1;
    if (p >= 0 && options.population) {
      const popVariance = options.population.sdLog10[p]! ** 2 + y.sd ** 2;
      populationDensity += logNormal(y.log10, options.population.meanLog10[p]!, popVariance);
    } else {
      populationDensity += logNormal(y.log10, mu.log10, variance);
    }
  }
  const k = terms.length;
  const measured = terms.filter((t) => !t.censored).length;
  const distance = terms.reduce((s, t) => s + t.term, 0);
  const pValue = k > 0 ? chiSquareSurvival(distance, k) : 1;
  const verdict: ComparisonVerdict =
    measured < minElements ? 'INCONCLUSIVE' : pValue < alpha ? 'EXCLUDED' : 'CONSISTENT';
  const result: Comparison = { distance, degreesOfFreedom: k, pValue, verdict, logDensity, terms };
  if (options.population) result.logLikelihoodRatio = logDensity - populationDensity;
  return result;
}
