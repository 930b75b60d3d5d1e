/**
 * Scores detections against a ground truth: for each query, the subjects it flagged, the planted
 * subjects of its pattern, precision and recall, and any look-alike it wrongly flagged. The score
 * is on subjects (distinct entity ids), as the ground truth names one subject per instance.
 */
import type { PatternCode } from '@touchstone/domain';
import type { Detection } from './detection';
import type { GroundTruthFile } from './ground-truth';

/** How one query did. */
export interface QueryEvaluation {
  name: string;
  pattern: PatternCode;
  /** Share of flagged subjects that are planted; 1 when nothing was flagged and nothing expected, else 0 when nothing was flagged. */
  precision: number;
  /** Share of planted subjects flagged; 1 when nothing is expected. */
  recall: number;
  /** Distinct subjects flagged. */
  flagged: number;
  /** Distinct planted subjects of the pattern. */
  expected: number;
  missed: string[];
  unexpected: string[];
  /** Look-alike subjects flagged (each one is a false positive the data set was built to catch). */
  lookAlikesFlagged: string[];
}

/** Evaluates one query's detections. */
export function evaluateDetections(
  name: string,
  pattern: PatternCode,
  detections: readonly Pick<Detection, 'subjectId'>[],
  truth: GroundTruthFile,
): QueryEvaluation {
  const flagged = new Set(detections.map((d) => d.subjectId));
  const expected = new Set(truth.instances.filter((i) => i.pattern === pattern).map((i) => i.subject));
  const lookAlikes = new Set(truth.lookAlikes.filter((l) => l.pattern === pattern).map((l) => l.subject));
  const hits = [...flagged].filter((s) => expected.has(s)).length;
  const sorted = (xs: Iterable<string>) => [...xs].sort();
  return {
    name,
    pattern,
    precision: flagged.size ? hits / flagged.size : expected.size ? 0 : 1,
    recall: expected.size ? hits / expected.size : 1,
    flagged: flagged.size,
    expected: expected.size,
    missed: sorted([...expected].filter((s) => !flagged.has(s))),
    unexpected: sorted([...flagged].filter((s) => !expected.has(s))),
    lookAlikesFlagged: sorted([...flagged].filter((s) => lookAlikes.has(s) && !expected.has(s))),
  };
}
