/**
 * The population model: how element concentrations vary over all mines in a reference
 * database. It is the "random source" alternative of the likelihood ratio: how probable is this
 * sample if it came from the declared mine, against if it came from some mine of the database.
 */
import { logValueOf, type ReferenceProfile } from './profile';

/** Per element: mean and standard deviation (log10) of a single specimen from a random mine. */
export interface PopulationModel {
  elements: string[];
  meanLog10: number[];
  sdLog10: number[];
}

/**
 * Builds the population model from reference profiles: the spread combines the variance of the
 * mine means with the average within-mine variance. Elements need at least two uncensored mines.
 */
export function populationOf(references: readonly ReferenceProfile[]): PopulationModel {
  const elements = [...new Set(references.flatMap((r) => r.elements))].sort();
  const model: PopulationModel = { elements: [], meanLog10: [], sdLog10: [] };
  for (const element of elements) {
    const values = references
      .map((r) => logValueOf(r, element))
      .filter((v): v is NonNullable<typeof v> => v !== undefined && !v.censored);
    if (values.length < 2) continue;
    const mean = values.reduce((s, v) => s + v.log10, 0) / values.length;
    const between = values.reduce((s, v) => s + (v.log10 - mean) ** 2, 0) / (values.length - 1);
    const within = values.reduce((s, v) => s + v.sd ** 2, 0) / values.length;
    model.elements.push(element);
    model.meanLog10.push(mean);
    model.sdLog10.push(Math.sqrt(between + within));
  }
  return model;
}
