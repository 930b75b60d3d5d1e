// Class data sharing for the launcher JVM: a training start (with -XX:ArchiveClassesAtExit) records
// the classes Neo4j loads while starting and answering a query; later starts map them from the
// archive instead of parsing ~200 jars. It is an optimisation: if training fails, starts still work.
import neo4j from 'neo4j-driver';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LauncherBuild } from './build-launcher';
import { findFreePort } from './free-port';
import { launcherJavaArgs } from './java-command';
import type { JavaRuntime } from './java-runtime';
import { generatePassword } from './password';
import { terminateProcess } from './processes';
import { waitUntilReady } from './readiness';
import { spawnLauncher } from './spawn-launcher';

export const classArchivePath = (build: LauncherBuild) => join(build.dir, 'classes.jsa');

/** Typical first queries of a session, so their Cypher classes land in the archive too. */
async function warmUp(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  try {
    await driver.executeQuery('CREATE INDEX warmup_id IF NOT EXISTS FOR (n:Warmup) ON (n.id)');
    await driver.executeQuery(
      'UNWIND range(1, $n) AS i CREATE (:Warmup {id: i})-[:NEXT]->(:Warmup {id: -i})',
      { n: neo4j.int(10) },
    );
    await driver.executeQuery(
      'MATCH (a:Warmup)-[r:NEXT]->(b) WHERE a.id > $min RETURN a, r, b ORDER BY a.id LIMIT 5',
      { min: neo4j.int(2) },
    );
    await driver.executeQuery('MATCH (n:Warmup) WITH n LIMIT 100 DETACH DELETE n');
  } finally {
    await driver.close();
  }
}

export async function createClassArchive(runtime: JavaRuntime, build: LauncherBuild): Promise<string | null> {
  const target = classArchivePath(build);
  if (existsSync(target)) return target;
  const scratch = mkdtempSync(join(tmpdir(), 'touchstone-neo4j-training-'));
  const partial = `${target}.tmp-${process.pid}`;
  try {
    const port = await findFreePort();
    const password = generatePassword();
    const dataDir = join(scratch, 'data');
    const logFile = join(scratch, 'launcher.log');
    const args = launcherJavaArgs(build, runtime.major, {
      dataDir,
      port,
      heapMb: 512,
      pageCacheMb: 64,
      transactionTimeoutSeconds: 60,
      transactionMaxMb: 128,
      parentPid: process.pid,
      classArchive: { mode: 'create', path: partial },
    });
    const { pid, logOffset } = spawnLauncher({
      java: runtime.java,
      args,
      password,
      logFile,
      detached: false,
    });
    try {
      const uri = `bolt://127.0.0.1:${port}`;
      await waitUntilReady({ pid, logFile, logOffset, dataDir, uri, password, timeoutMs: 180_000 });
      await warmUp(uri, password);
    } finally {
      // The archive is written while the JVM exits, which takes a while.
      await terminateProcess(pid, 180_000);
    }
    if (!existsSync(partial)) return null;
    renameSync(partial, target);
    return target;
  } catch {
    return null;
  } finally {
    rmSync(partial, { force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}
