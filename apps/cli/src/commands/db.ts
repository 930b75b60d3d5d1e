/**
 * `touchstone db start|stop|status|prepare`: the embedded local Neo4j, run in the background with
 * its store and generated password under .touchstone/neo4j (git-ignored).
 */
import { localDbStart, localDbStatus, localDbStop, prepareLocalNeo4j } from '@touchstone/local-neo4j';
import { connectionFromEnv } from '@touchstone/neo4j';
import type { Command } from 'commander';
import { progressPrinter } from '../progress-line';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Fetches Neo4j with Maven and builds the launcher unless already done (no-op with NEO4J_URI). */
export async function prepare(): Promise<void> {
  if (connectionFromEnv()) return;
  const line = progressPrinter();
  line.update('preparing the embedded Neo4j (first time: downloads it with Maven)…');
  const prepared = await prepareLocalNeo4j();
  line.done(`embedded Neo4j ${prepared.neo4jVersion} ready on Java ${prepared.runtime.major}`);
}

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('the embedded local Neo4j (ignored when NEO4J_URI is set)');
  db.command('prepare')
    .description('download Neo4j from Maven Central and build the launcher (once)')
    .action(prepare);
  db.command('start')
    .description('start the local Neo4j in the background (data in .touchstone/neo4j)')
    .option('--heap <mb>', 'JVM heap in MB', (v) => Number(v))
    .option('--page-cache <mb>', 'page cache in MB', (v) => Number(v))
    .action(async (opts: { heap?: number; pageCache?: number }) => {
      await prepare();
      const status = await localDbStart({ heapMb: opts.heap, pageCacheMb: opts.pageCache });
      console.log(`Neo4j ${status.neo4jVersion ?? ''} running at ${status.uri} (pid ${status.pid}); user ${status.user}, password in .touchstone/neo4j/credentials.json`);
    });
  db.command('stop')
    .description('stop the local Neo4j cleanly')
    .action(async () => {
      console.log((await localDbStop()) ? 'local Neo4j stopped' : 'local Neo4j was not running');
    });
  db.command('status')
    .description('say whether the local Neo4j runs, where, and its store size')
    .action(async () => {
      const s = await localDbStatus();
      if (s.running) console.log(`running: ${s.uri} (pid ${s.pid}, Neo4j ${s.neo4jVersion ?? '?'}, since ${s.startedAt ?? '?'})`);
      else console.log(`not running${s.stale ? ' (a stale state file from a dead process was cleared)' : ''}`);
      console.log(`data: ${s.dataDir} (${megabytes(s.storeBytes)}); log: ${s.logFile}`);
      if (!s.running) process.exitCode = 3;
    });
}
