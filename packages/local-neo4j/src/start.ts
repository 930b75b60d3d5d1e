// Starts one Neo4j instance on a data directory and hands back its connection details and a
// stop(). Attached instances stop with this process (the launcher watches its parent); detached
// ones run on in the background, which is what the CLI's persistent local database uses.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LocalNeo4jError } from './errors';
import { findFreePort, isPortFree } from './free-port';
import { launcherJavaArgs } from './java-command';
import { generatePassword } from './password';
import { prepareLocalNeo4j, type PrepareLocalNeo4jOptions } from './prepare';
import { terminateProcess } from './processes';
import { waitUntilReady } from './readiness';
import { spawnLauncher } from './spawn-launcher';

export interface StartLocalNeo4jOptions extends PrepareLocalNeo4jOptions {
  dataDir: string;
  port?: number;
  password?: string;
  heapMb?: number;
  pageCacheMb?: number;
  transactionTimeoutSeconds?: number;
  transactionMaxMb?: number;
  detached?: boolean;
  logFile?: string;
  startupTimeoutMs?: number;
}

export interface LocalNeo4jHandle {
  uri: string;
  user: string;
  password: string;
  port: number;
  pid: number;
  dataDir: string;
  logFile: string;
  neo4jVersion: string;
  stop(): Promise<void>;
}

export async function startLocalNeo4j(options: StartLocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const prepared = await prepareLocalNeo4j(options);
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  if (options.port !== undefined && !(await isPortFree(options.port))) {
    throw new LocalNeo4jError(
      `port ${options.port} on 127.0.0.1 is already in use; choose another or leave it unset`,
    );
  }
  const port = options.port ?? (await findFreePort());
  const password = options.password ?? generatePassword();
  const logFile = resolve(options.logFile ?? join(dataDir, 'logs', 'launcher.log'));
  const detached = options.detached ?? false;
  const args = launcherJavaArgs(prepared.build, prepared.runtime.major, {
    dataDir,
    port,
    heapMb: options.heapMb ?? 512,
    pageCacheMb: options.pageCacheMb ?? 256,
    transactionTimeoutSeconds: options.transactionTimeoutSeconds ?? 120,
    transactionMaxMb: options.transactionMaxMb ?? 256,
    parentPid: detached ? undefined : process.pid,
    classArchive: prepared.classArchive ? { mode: 'use', path: prepared.classArchive } : undefined,
  });
  const { pid, logOffset } = spawnLauncher({
    java: prepared.runtime.java,
    args,
    password,
    logFile,
    detached,
  });
  const uri = `bolt://127.0.0.1:${port}`;
  try {
    await waitUntilReady({
      pid,
      logFile,
      logOffset,
      dataDir,
      uri,
      password,
      timeoutMs: options.startupTimeoutMs ?? 180_000,
    });
  } catch (error) {
    await terminateProcess(pid, 30_000);
    throw error;
  }
  return {
    uri,
    user: 'neo4j',
    password,
    port,
    pid,
    dataDir,
    logFile,
    neo4jVersion: prepared.neo4jVersion,
    stop: () => terminateProcess(pid),
  };
}
