/**
 * Ingest benchmark: generates a `--scale` data set (≈1M entities, ≈3M links at scale 70), loads
 * it through the importer into an empty embedded Neo4j, then loads the same data as CSV with
 * LOAD CSV … CALL { } IN TRANSACTIONS into another empty one (the peer), and prints throughput
 * per phase, wall time, CPU time, peak memory and the our/peer ratio.
 *
 *   pnpm --filter @touchstone/bench ingest --scale 70
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { EntityTypeName, LinkTypeName } from '@touchstone/domain';
import { DEFAULT_CONCURRENCY, importDataset, type Concurrency } from '@touchstone/importer';
import { startLocalNeo4j, type LocalNeo4jHandle } from '@touchstone/local-neo4j';
import { applyMigrations, createDriver, defaultSchemaDir } from '@touchstone/neo4j';
import type { DatasetManifest } from '@touchstone/seed';
import type { Driver } from 'neo4j-driver';
import { writeCsvDataset } from './csv-dataset';
import { loadEntitiesCsv, loadLinksCsv } from './load-csv-statements';
import { cpuPerThousand, formatRun, type Run } from './run-report';
import { benchOut, ensureDataset } from '../common/bench-database';
import { scriptArgs } from '../common/cli-args';
import { machineLine } from '../common/machine';
import { cpuSeconds, ownCpuSeconds } from '../common/process-cpu';
import { ownPeakRssMiB, peakRssMiB, resetOwnPeakRss } from '../common/process-memory';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    scale: { type: 'string', default: '70' },
    batch: { type: 'string', default: '2000' },
    /** `N` for both kinds, `E,L` for entity and link batches; the importer's default when absent. */
    concurrency: { type: 'string' },
    heap: { type: 'string', default: '3072' },
    'page-cache': { type: 'string', default: '3072' },
    keep: { type: 'boolean', default: false },
    /** `ours` or `peer`: load one side only (for quick iterations; prints no ratio). */
    only: { type: 'string' },
  },
});
const scale = Number(values.scale);
const batch = Number(values.batch);
const concurrency: Concurrency = (() => {
  if (values.concurrency === undefined) return DEFAULT_CONCURRENCY;
  const [entities, links = entities] = values.concurrency.split(',').map(Number);
  return { entities: entities!, links: links! };
})();
// The data set the other benchmarks use; the peer's CSV copy of it goes beside.
const work = join(benchOut, `ingest-scale${scale}`);

async function freshDatabase(name: string): Promise<{ db: LocalNeo4jHandle; driver: Driver }> {
  const dataDir = mkdtempSync(join(tmpdir(), `touchstone-bench-${name}-`));
  const db = await startLocalNeo4j({
    dataDir,
    heapMb: Number(values.heap),
    pageCacheMb: Number(values['page-cache']),
    transactionTimeoutSeconds: 3600,
    transactionMaxMb: 2048,
    startupTimeoutMs: 300_000,
  });
  const driver = createDriver(db, { maxTransactionRetryTimeMs: 120_000 });
  await applyMigrations(driver, defaultSchemaDir);
  return { db, driver };
}

async function counts(driver: Driver): Promise<{ entities: number; links: number }> {
  const n = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n');
  return { entities: Number(n.records[0]!.get('n')), links: Number(r.records[0]!.get('n')) };
}

/** Loads into a fresh database; `load` calls `entitiesDone()` when it moves on to links. */
async function measure(
  name: string,
  load: (driver: Driver, entitiesDone: () => void) => Promise<void>,
): Promise<Run> {
  const { db, driver } = await freshDatabase(name);
  try {
    console.error(`${name}: loading into Neo4j ${db.neo4jVersion} (pid ${db.pid})`);
    resetOwnPeakRss();
    const [clientCpu, dbCpu] = [ownCpuSeconds(), cpuSeconds(db.pid)];
    const started = performance.now();
    let entityMs = Number.NaN;
    await load(driver, () => {
      entityMs = performance.now() - started;
    });
    const wallMs = performance.now() - started;
    const used = { clientCpuS: ownCpuSeconds() - clientCpu, dbCpuS: cpuSeconds(db.pid) - dbCpu };
    const peaks = { clientPeakMiB: ownPeakRssMiB(), dbPeakMiB: peakRssMiB(db.pid) };
    const written = await counts(driver);
    return { wallMs, entityMs, ...written, ...used, ...peaks };
  } finally {
    await driver.close();
    await db.stop();
    if (!values.keep) rmSync(db.dataDir, { recursive: true, force: true });
  }
}

console.log(machineLine());
console.log(
  `settings: batch ${batch}, concurrency ${concurrency.entities} entity/${concurrency.links} link batches (ours), heap ${values.heap} MB, page cache ${values['page-cache']} MB (both databases)`,
);
const dataset = await ensureDataset(scale);
const manifest = JSON.parse(readFileSync(join(dataset, 'manifest.json'), 'utf8')) as DatasetManifest;
console.log(
  `data set: ${manifest.totals.entities.toLocaleString('en-US')} entities, ${manifest.totals.links.toLocaleString('en-US')} links (scale ${scale})`,
);
const csvDir = join(work, 'csv');
mkdirSync(csvDir, { recursive: true });
const csv = values.only === 'ours' ? undefined : await writeCsvDataset(dataset, csvDir);

const runOurs = values.only !== 'peer';
const runPeer = values.only !== 'ours';

let linksWrittenAt = Number.NaN;
let flowsMs = Number.NaN;
const ours = !runOurs
  ? undefined
  : await measure('ours', async (driver, entitiesDone) => {
      let lastLog = performance.now();
      const result = await importDataset(driver, dataset, {
        batchSize: batch,
        concurrency,
        onProgress: (p) => {
          // The last entities event comes when every entity batch is written, the last links
          // event when every link batch is; the money-flow refresh follows.
          if (p.phase === 'entities') entitiesDone();
          else linksWrittenAt = performance.now();
          if (performance.now() - lastLog < 60_000) return;
          lastLog = performance.now();
          console.error(
            `ours: ${p.phase} ${p.written.toLocaleString('en-US')} written, ${(p.elapsedMs / 60_000).toFixed(1)} min`,
          );
        },
      });
      if (result.issueCount) throw new Error(`import rejected ${result.issueCount} records`);
      flowsMs = performance.now() - linksWrittenAt;
    });
if (ours) {
  console.log(formatRun('ours', ours));
  console.log(`ours: of that, money flows built after the links in ${(flowsMs / 1000).toFixed(1)} s (the peer builds none)`);
}

const peer = !runPeer
  ? undefined
  : await measure('peer', async (driver, entitiesDone) => {
      const session = driver.session();
      try {
        // CALL { } IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run.
        for (const [type, file] of csv!.entities)
          await session.run(loadEntitiesCsv(type as EntityTypeName, join(csvDir, file), batch));
        entitiesDone();
        console.error('peer: entities loaded');
        for (const [type, file] of csv!.links)
          await session.run(loadLinksCsv(type as LinkTypeName, join(csvDir, file), batch));
      } finally {
        await session.close();
      }
    });
if (peer) console.log(formatRun('peer', peer));

const ratio = (a: number, b: number) => (a / b).toFixed(2);
if (ours && peer) {
  console.log(
    `ratio ours/peer throughput: ${ratio(peer.wallMs, ours.wallMs)} (entities ${ratio(peer.entityMs, ours.entityMs)}, ` +
      `links ${ratio(peer.wallMs - peer.entityMs, ours.wallMs - ours.entityMs)}; goal ≥ 1.0; same data, same MERGE-on-id semantics, same indexes; ours also builds money flows)`,
  );
  console.log(
    `CPU per 1,000 records, client + Neo4j: ours ${cpuPerThousand(ours)} s, peer ${cpuPerThousand(peer)} s`,
  );
  if (ours.entities !== peer.entities || ours.links !== peer.links)
    console.log('WARNING: the two loads wrote different counts');
}
console.log(machineLine());
