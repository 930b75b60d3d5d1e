/**
 * The database a benchmark runs against, so a ~1M-entity data set is loaded once and shared by
 * every script: an external server (NEO4J_URI), or a persistent embedded instance under
 * bench/out/neo4j-scale<N>/ (git-ignored) that is generated, loaded and left running on first
 * use and simply reused after that. `--stop-db` stops it when the run ends.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDataset } from '@touchstone/importer';
import { localDbStart, localDbStop } from '@touchstone/local-neo4j';
import {
  applyMigrations,
  connectionFromEnv,
  createDriver,
  defaultSchemaDir,
  type Neo4jConnection,
} from '@touchstone/neo4j';
import { writeDataset } from '@touchstone/seed';
import type { Driver } from 'neo4j-driver';

export const benchOut = fileURLToPath(new URL('../out/', import.meta.url));

export interface BenchDatabaseOptions {
  scale: number;
  heapMb: number;
  pageCacheMb: number;
  /** Stop the persistent instance when the run ends (it is left running otherwise). */
  stopAfter: boolean;
}

export interface BenchDatabase {
  connection: Neo4jConnection;
  driver: Driver;
  /** The data set's ground truth, when the data set is known. */
  groundTruthFile?: string;
  describe: string;
  /** Process id of a local server, to read its CPU time; undefined for an external one. */
  pid?: number;
  close(): Promise<void>;
}

/** Command-line options naming the persistent database (`parseArgs` options), shared by the scripts that use it. */
export const DATABASE_ARGS = {
  scale: { type: 'string', default: '70' },
  heap: { type: 'string', default: '4096' },
  'page-cache': { type: 'string', default: '4096' },
} as const;

/** The database options from parsed `DATABASE_ARGS`. */
export function databaseOptions(
  values: { scale?: string; heap?: string; 'page-cache'?: string },
  stopAfter: boolean,
): BenchDatabaseOptions {
  return { scale: Number(values.scale), heapMb: Number(values.heap), pageCacheMb: Number(values['page-cache']), stopAfter };
}

/** Folder of the generated data set of a scale (reused when present). */
export function datasetDir(scale: number): string {
  return join(benchOut, `dataset-scale${scale}`);
}

/** Generates the data set of `scale` unless it is already there. */
export async function ensureDataset(scale: number): Promise<string> {
  const dir = datasetDir(scale);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const t = performance.now();
    await writeDataset(dir, { seed: 42, scale });
    console.log(`generated scale ${scale} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  return dir;
}

/** Folder of the persistent benchmark database of a scale. */
export function databaseRoot(scale: number): string {
  return join(benchOut, `neo4j-scale${scale}`);
}

/** The persistent instance of `scale`, started (or found running) and loaded once. */
async function persistent(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  const root = databaseRoot(options.scale);
  const status = await localDbStart({
    root,
    heapMb: options.heapMb,
    pageCacheMb: options.pageCacheMb,
    transactionTimeoutSeconds: 3600,
    transactionMaxMb: 2048,
    startupTimeoutMs: 600_000,
  });
  const connection = { uri: status.uri!, user: status.user, password: status.password! };
  const driver = createDriver(connection, { maxTransactionRetryTimeMs: 120_000 });
  // The marker is written only after a complete, clean import: a half-loaded store is reloaded.
  const marker = join(root, 'loaded.json');
  const dataset = await ensureDataset(options.scale);
  // On a loaded store this applies migrations added since (a new index, derived data).
  await applyMigrations(driver, defaultSchemaDir);
  if (!existsSync(marker)) {
    const t = performance.now();
    const report = await importDataset(driver, dataset);
    if (report.issueCount) throw new Error(`bench: the import rejected ${report.issueCount} records`);
    const loaded = {
      dataset,
      entities: report.entities.written,
      links: report.links.written,
      seconds: Math.round((performance.now() - t) / 1000),
    };
    writeFileSync(marker, `${JSON.stringify(loaded, null, 2)}\n`);
    console.log(
      `loaded ${loaded.entities.toLocaleString('en-US')} entities, ${loaded.links.toLocaleString('en-US')} links in ${loaded.seconds} s`,
    );
  }
  const loaded = JSON.parse(readFileSync(marker, 'utf8')) as { dataset: string };
  return {
    connection,
    driver,
    groundTruthFile: join(loaded.dataset, 'ground-truth.json'),
    pid: status.pid,
    describe: `persistent embedded Neo4j ${status.neo4jVersion} at ${status.uri} (${root}, heap ${options.heapMb} MB, page cache ${options.pageCacheMb} MB)`,
    close: async () => {
      await driver.close();
      if (options.stopAfter) await localDbStop({ root });
    },
  };
}

/** NEO4J_URI when set (the caller names the ground truth), else the persistent instance of `scale`. */
export async function openBenchDatabase(
  options: BenchDatabaseOptions,
  groundTruthFile?: string,
): Promise<BenchDatabase> {
  const external = connectionFromEnv();
  if (!external) return persistent(options);
  const driver = createDriver(external, { maxTransactionRetryTimeMs: 120_000 });
  return {
    connection: external,
    driver,
    groundTruthFile,
    describe: `Neo4j at ${external.uri}`,
    close: () => driver.close(),
  };
}
