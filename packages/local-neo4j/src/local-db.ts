// The CLI's persistent local database: one detached instance per checkout whose store survives
// restarts. start is idempotent, stop is a clean SIGTERM, status notices a state file whose
// process died (a reboot, a kill -9) and clears it.
import { directorySize } from './store-size';
import { isLauncherProcess } from './launcher-process';
import { clearState, localDbPaths, readOrCreateCredentials, readState, writeState } from './local-state';
import { terminateProcess } from './processes';
import { startLocalNeo4j, type StartLocalNeo4jOptions } from './start';

export type LocalDbOptions = Omit<StartLocalNeo4jOptions, 'dataDir' | 'password' | 'detached' | 'logFile'> & {
  /** Folder of the persistent instance; defaults to `<repo>/.touchstone/neo4j`. */
  root?: string;
};

export interface LocalDbStatus {
  running: boolean;
  /** A state file was left by an instance that is no longer running (now removed). */
  stale: boolean;
  pid?: number;
  uri?: string;
  port?: number;
  user: string;
  password?: string;
  neo4jVersion?: string;
  startedAt?: string;
  dataDir: string;
  logFile: string;
  storeBytes: number;
}

export async function localDbStatus(options: Pick<LocalDbOptions, 'root'> = {}): Promise<LocalDbStatus> {
  const paths = localDbPaths(options.root);
  const state = readState(paths);
  const base = {
    user: 'neo4j',
    dataDir: paths.dataDir,
    logFile: paths.logFile,
    storeBytes: directorySize(paths.dataDir),
  };
  if (!state) return { ...base, running: false, stale: false };
  if (!isLauncherProcess(state.pid)) {
    clearState(paths);
    return { ...base, running: false, stale: true };
  }
  const { user, password } = readOrCreateCredentials(paths);
  return { ...base, ...state, user, password, running: true, stale: false };
}

export async function localDbStart(options: LocalDbOptions = {}): Promise<LocalDbStatus> {
  const current = await localDbStatus(options);
  if (current.running) return current;
  const paths = localDbPaths(options.root);
  const { password } = readOrCreateCredentials(paths);
  const { root: _root, ...startOptions } = options;
  const handle = await startLocalNeo4j({
    ...startOptions,
    dataDir: paths.dataDir,
    password,
    detached: true,
    logFile: paths.logFile,
  });
  writeState(paths, {
    pid: handle.pid,
    port: handle.port,
    uri: handle.uri,
    neo4jVersion: handle.neo4jVersion,
    startedAt: new Date().toISOString(),
  });
  return localDbStatus(options);
}

/** Stops the instance if it runs; resolves to whether one was running. */
export async function localDbStop(options: Pick<LocalDbOptions, 'root'> = {}): Promise<boolean> {
  const paths = localDbPaths(options.root);
  const state = readState(paths);
  const running = state !== null && isLauncherProcess(state.pid);
  if (state && running) await terminateProcess(state.pid);
  clearState(paths);
  return running;
}
