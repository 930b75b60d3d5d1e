/**
 * Generates the demo investigation: `scale` independent blocks (replicated worlds), each the
 * ordinary world plus planted patterns and look-alikes, streamed record by record to a sink;
 * the ground truth is handed over at the end. Same seed and scale, same records, same order.
 */
import type { DatasetCounts, DatasetSink } from './core/sink';
import { plantPatterns } from './plant/plant-all';
import { DATA_CONVENTIONS, DEFAULT_PARAMETERS, PATTERN_RULES } from './rules';
import type { GroundTruth } from './truth/ground-truth';
import { TruthRecorder } from './truth/recorder';
import { GENERATOR_NAME, GENERATOR_VERSION } from './version';
import { openBlock } from './world/block';
import { buildWorld } from './world/build-world';

/** Progress after each block. */
export interface GenerationProgress {
  block: number;
  blocks: number;
  entities: number;
  links: number;
}

export interface GenerateOptions {
  /** Any non-negative integer; the same seed gives the same dataset. */
  seed: number;
  /** Number of replicated blocks, an integer from 1 to 200. */
  scale: number;
  sink: DatasetSink;
  onProgress?: (progress: GenerationProgress) => void;
}

/** What was generated. */
export interface GenerationSummary {
  seed: number;
  scale: number;
  generatorVersion: string;
  counts: DatasetCounts;
  totals: { entities: number; links: number };
  groundTruth: GroundTruth;
}

const sum = (r: Record<string, number>): number => Object.values(r).reduce((s, n) => s + n, 0);

function sorted(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
}

export function checkOptions(seed: number, scale: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`@touchstone/seed: seed must be a non-negative integer, got ${seed}`);
  if (!Number.isInteger(scale) || scale < 1 || scale > 200)
    throw new RangeError(`@touchstone/seed: scale must be an integer from 1 to 200, got ${scale}`);
}

export async function generateDataset(options: GenerateOptions): Promise<GenerationSummary> {
  const { seed, scale, sink } = options;
  checkOptions(seed, scale);
  const counts: DatasetCounts = { entities: {}, links: {} };
  const truth = new TruthRecorder();
  for (let index = 0; index < scale; index++) {
    const block = openBlock(seed, index, sink, counts, truth);
    const underworld = buildWorld(block);
    plantPatterns(block, underworld);
    await sink.flush?.();
    options.onProgress?.({
      block: index + 1,
      blocks: scale,
      entities: sum(counts.entities),
      links: sum(counts.links),
    });
  }
  const groundTruth: GroundTruth = {
    generator: GENERATOR_NAME,
    generatorVersion: GENERATOR_VERSION,
    seed,
    scale,
    period: { from: '2019-01-01', to: '2025-12-31' },
    conventions: DATA_CONVENTIONS,
    parameters: DEFAULT_PARAMETERS,
    rules: PATTERN_RULES,
    instances: truth.instances,
    lookAlikes: truth.lookAlikes,
  };
  await sink.groundTruth(groundTruth);
  const finalCounts = { entities: sorted(counts.entities), links: sorted(counts.links) };
  return {
    seed,
    scale,
    generatorVersion: GENERATOR_VERSION,
    counts: finalCounts,
    totals: { entities: sum(counts.entities), links: sum(counts.links) },
    groundTruth,
  };
}
