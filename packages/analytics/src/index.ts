/**
 * @touchstone/analytics — scoring that runs anywhere (Node, browser, worker): no database, no I/O.
 * Today: forensic sample-to-mine comparison (chi-square exclusion test and likelihood ratio on
 * log element concentrations, TYPOLOGIES §4.2).
 */

/** Chi-square survival P(χ²ₖ ≥ x) and the gamma functions behind it. */
export { chiSquareSurvival, regularizedGammaQ, lnGamma } from './forensic/chi-square';
/** Element profiles of samples and mine references, read straight from `Sample` records. */
export {
  logValueOf,
  ppmSpread,
  type ElementProfile,
  type ReferenceProfile,
  type LogValue,
} from './forensic/profile';
/** The between-mine population model used as the alternative of the likelihood ratio. */
export { populationOf, type PopulationModel } from './forensic/population';
/** Compares a sample with a reference profile: distance, p-value, verdict and log LR. */
export {
  compareToReference,
  type CompareOptions,
  type Comparison,
  type ComparisonTerm,
  type ComparisonVerdict,
} from './forensic/compare-to-reference';
