/**
 * Runs a detection query (one with a `@pattern`) and returns its rows as detections, and runs the
 * whole library against a ground truth. Evaluation uses each query's defaults — which are the
 * ground truth's parameters — with the row limit raised to its upper bound so nothing is cut.
 */
import type { CannedQuery, CypherLibrary } from '@touchstone/cypher';
import type { Driver } from 'neo4j-driver';
import { toDetection, type Detection } from './detection';
import { DetectionError } from './detection-error';
import { evaluateDetections, type QueryEvaluation } from './evaluate';
import type { GroundTruthFile } from './ground-truth';
import { runQuery, type QueryRun, type RunOptions } from './run-query';

/** A run of a detection query, its rows normalised. */
export interface DetectionRun extends QueryRun {
  detections: Detection[];
}

/** True when the query detects a pattern (and so returns the detection columns). */
export const isDetectionQuery = (query: CannedQuery): boolean => query.pattern !== null;

/** Runs a detection query and normalises its rows. */
export async function runDetection(
  driver: Driver,
  query: CannedQuery,
  given: Readonly<Record<string, unknown>> = {},
  options: RunOptions = {},
): Promise<DetectionRun> {
  if (!isDetectionQuery(query))
    throw new DetectionError(`${query.name} is not a detection query (it has no @pattern)`);
  const run = await runQuery(driver, query, given, options);
  return { ...run, detections: run.rows.map((row) => toDetection(query.name, row)) };
}

/** The given parameters with `limit` at its upper bound, when the query has one. */
export function exhaustiveParameters(
  query: CannedQuery,
  given: Readonly<Record<string, unknown>> = {},
): Record<string, unknown> {
  const limit = query.parameters.find((p) => p.name === 'limit');
  return limit?.max !== undefined && given.limit === undefined
    ? { ...given, limit: limit.max }
    : { ...given };
}

/** One query's evaluation with its timing. */
export interface LibraryEvaluation extends QueryEvaluation {
  elapsedMs: number;
  truncated: boolean;
}

/** Runs every detection query of the library at its defaults and evaluates it against `truth`. */
export async function evaluateLibrary(
  driver: Driver,
  library: CypherLibrary,
  truth: GroundTruthFile,
  options: RunOptions & { onQuery?: (name: string) => void } = {},
): Promise<LibraryEvaluation[]> {
  const out: LibraryEvaluation[] = [];
  for (const query of library.queries.filter(isDetectionQuery)) {
    options.onQuery?.(query.name);
    const run = await runDetection(driver, query, exhaustiveParameters(query), {
      maxRows: 100_000,
      ...options,
    });
    out.push({
      ...evaluateDetections(query.name, query.pattern!, run.detections, truth),
      elapsedMs: run.elapsedMs,
      truncated: run.truncated,
    });
  }
  return out;
}
