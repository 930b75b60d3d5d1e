/**
 * The demo investigation on disk and in the database: generated once per seed and scale into
 * `seed/out/`, and marked in Neo4j by a `(:DatasetImport)` node once fully imported, so `start`
 * loads it only when it is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR_VERSION, writeDataset, type DatasetManifest, type GenerationProgress } from '@touchstone/seed';
import type { Driver } from 'neo4j-driver';
import { findRepoRoot } from '@touchstone/local-neo4j';

/** Where the data set of a seed and scale is written. */
export function datasetDir(seed: number, scale: number): string {
  return join(findRepoRoot(), 'seed', 'out', `demo-seed${seed}-scale${scale}`);
}

/** The manifest of a generated data set, or undefined when it has not been generated. */
export function readManifest(dir: string): DatasetManifest | undefined {
  const file = join(dir, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DatasetManifest) : undefined;
}

/** Generates the data set unless one from this generator version, seed and scale is on disk. */
export async function ensureDataset(dir: string, seed: number, scale: number, onProgress?: (text: string) => void): Promise<DatasetManifest> {
  const existing = readManifest(dir);
  const complete = existing && Object.keys(existing.sha256).every((file) => existsSync(join(dir, file)));
  if (complete && existing.seed === seed && existing.scale === scale && existing.generatorVersion === GENERATOR_VERSION) return existing;
  return writeDataset(dir, { seed, scale, onProgress: onProgress ? (p) => onProgress(describeProgress(p)) : undefined });
}

function describeProgress(p: GenerationProgress): string {
  return `generating block ${p.block} of ${p.blocks}: ${p.entities.toLocaleString('en-US')} entities, ${p.links.toLocaleString('en-US')} links`;
}

/** A key identifying a data set's exact content. */
export function datasetKey(manifest: DatasetManifest): string {
  const hashes = Object.values(manifest.sha256).join(':');
  return `${manifest.generatorVersion}:${manifest.seed}:${manifest.scale}:${hashes}`;
}

/** True when this exact data set has been fully imported into the database. */
export async function isImported(driver: Driver, manifest: DatasetManifest): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (d:DatasetImport {key: $key}) RETURN count(d) AS n', { key: datasetKey(manifest) }, { routing: 'READ' });
  return Number(records[0]?.get('n')) > 0;
}

/** Marks a data set as fully imported. */
export async function markImported(driver: Driver, manifest: DatasetManifest, entities: number, links: number): Promise<void> {
  await driver.executeQuery(
    'MERGE (d:DatasetImport {key: $key}) SET d.seed = $seed, d.scale = $scale, d.entities = $entities, d.links = $links, d.importedAt = datetime()',
    { key: datasetKey(manifest), seed: manifest.seed, scale: manifest.scale, entities, links },
    { routing: 'WRITE' },
  );
}
