/**
 * @touchstone/detection — runs the canned queries of `@touchstone/cypher` read-only (checked
 * parameters, read transaction, timeout, row cap), turns detection rows into one shape, checks
 * query plans, and scores detections against a generated data set's ground truth.
 */

/** Runs one library query read-only with checked parameters; plain rows back. */
export { runQuery, checkedParameters, type QueryRun, type RunOptions } from './run-query';

/** Runs a detection query (one with `@pattern`) and normalises its rows into detections. */
export {
  runDetection,
  evaluateLibrary,
  exhaustiveParameters,
  isDetectionQuery,
  type DetectionRun,
  type LibraryEvaluation,
} from './run-detection';

/** The detection shape and the normalisation of one row. */
export { toDetection, DETECTION_COLUMNS, type Detection, type EvidenceLink } from './detection';

/** Precision and recall of one query's detections against a ground truth. */
export { evaluateDetections, type QueryEvaluation } from './evaluate';

/** Reads the parts of `ground-truth.json` evaluation needs. */
export {
  readGroundTruthFile,
  parseGroundTruthFile,
  type GroundTruthFile,
  type TruthEntry,
} from './ground-truth';

/** Driver values (neo4j.int, temporals) for checked parameter values. */
export { driverParameters } from './driver-parameters';

/** Command-line `name=value` text to parameter values, by declared type. */
export { parameterFromText, parametersFromText } from './parameter-text';

/** EXPLAIN a query and judge its plan (no all-node scans, no whole-label scans of large labels). */
export { explainQuery, planProblems, LARGE_LABELS, type PlanOperator } from './plan-check';

/** One-line errors: an unknown query, refused parameter values, an unreadable ground truth. */
export { DetectionError, ParameterError } from './detection-error';
