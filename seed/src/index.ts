/**
 * @touchstone/seed — the demo investigation: a deterministic generator of a multi-country
 * gold-trafficking case (people, companies, mines, licences, shipments, money, seizures, lab
 * samples, prosecutions, sources) with planted, documented patterns and clean look-alikes.
 */

/** Streams a dataset to a sink; same seed and scale, same records in the same order. */
export {
  generateDataset,
  type GenerateOptions,
  type GenerationProgress,
  type GenerationSummary,
} from './generate';
/** Writes entities.jsonl, links.jsonl, ground-truth.json and manifest.json to a folder. */
export { writeDataset, DATASET_FILES, type DatasetManifest, type WriteOptions } from './output/write-dataset';
/** Where records go; MemorySink keeps them (tests, small scales). */
export { MemorySink, type DatasetSink, type DatasetCounts } from './core/sink';
/** The ground truth: planted instances, look-alikes, default detection parameters. */
export {
  readGroundTruth,
  parseGroundTruth,
  type GroundTruth,
  type PatternInstance,
  type LookAlike,
  type PatternRule,
  type PatternParameters,
  type ParameterValue,
} from './truth/ground-truth';
/** The default detection rules and parameters, also written into the ground truth. */
export { PATTERN_RULES, DEFAULT_PARAMETERS, DATA_CONVENTIONS } from './rules';
/** The generator's seeded random stream (sfc32), for other tools that need repeatable draws. */
export { Rng } from './core/rng';
/** The generator version recorded in manifests. */
export { GENERATOR_VERSION } from './version';
