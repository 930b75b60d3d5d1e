/**
 * Writes a generated dataset to a folder: entities.jsonl, links.jsonl, ground-truth.json and a
 * manifest.json with the seed, scale, generator version, counts and the SHA-256 of each file,
 * so two runs can be compared by their manifests alone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset, type GenerationProgress } from '../generate';
import type { DatasetCounts } from '../core/sink';
import { JsonlSink } from './file-sink';

/** The file names of a dataset folder. */
export const DATASET_FILES = {
  entities: 'entities.jsonl',
  links: 'links.jsonl',
  groundTruth: 'ground-truth.json',
  manifest: 'manifest.json',
} as const;

/** What manifest.json says. */
export interface DatasetManifest {
  seed: number;
  scale: number;
  generatorVersion: string;
  counts: DatasetCounts;
  totals: { entities: number; links: number; instances: number; lookAlikes: number };
  /** The file names, by role. */
  files: { entities: string; links: string; groundTruth: string };
  /** Size of each file in bytes, by file name. */
  bytes: Record<string, number>;
  /** SHA-256 (hex) of each file, by file name. */
  sha256: Record<string, string>;
}

export interface WriteOptions {
  seed?: number;
  scale?: number;
  onProgress?: (progress: GenerationProgress) => void;
}

export async function writeDataset(outDir: string, options: WriteOptions = {}): Promise<DatasetManifest> {
  const { seed = 42, scale = 1, onProgress } = options;
  mkdirSync(outDir, { recursive: true });
  const sink = new JsonlSink(join(outDir, DATASET_FILES.entities), join(outDir, DATASET_FILES.links));
  const summary = await generateDataset({ seed, scale, sink, onProgress });
  const entitiesHash = sink.entities.close();
  const linksHash = sink.links.close();
  const truthText = `${JSON.stringify(summary.groundTruth, null, 2)}\n`;
  writeFileSync(join(outDir, DATASET_FILES.groundTruth), truthText);
  const manifest: DatasetManifest = {
    seed,
    scale,
    generatorVersion: summary.generatorVersion,
    counts: summary.counts,
    totals: {
      ...summary.totals,
      instances: summary.groundTruth.instances.length,
      lookAlikes: summary.groundTruth.lookAlikes.length,
    },
    files: {
      entities: DATASET_FILES.entities,
      links: DATASET_FILES.links,
      groundTruth: DATASET_FILES.groundTruth,
    },
    bytes: {
      [DATASET_FILES.entities]: sink.entities.bytes,
      [DATASET_FILES.links]: sink.links.bytes,
      [DATASET_FILES.groundTruth]: Buffer.byteLength(truthText),
    },
    sha256: {
      [DATASET_FILES.entities]: entitiesHash,
      [DATASET_FILES.links]: linksHash,
      [DATASET_FILES.groundTruth]: createHash('sha256').update(truthText).digest('hex'),
    },
  };
  writeFileSync(join(outDir, DATASET_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
