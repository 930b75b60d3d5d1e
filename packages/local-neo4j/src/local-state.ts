// Files of the persistent local database under the repo's git-ignored `.touchstone/neo4j/`:
// the store (data/), a password generated once (credentials.json, mode 0600) and, while an
// instance runs, where to find it (state.json).
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';
import { generatePassword } from './password';
import { findRepoRoot } from './repo-root';

export interface LocalDbPaths {
  root: string;
  dataDir: string;
  credentialsFile: string;
  stateFile: string;
  logFile: string;
}

export interface LocalDbCredentials {
  user: string;
  password: string;
}

export interface LocalDbState {
  pid: number;
  port: number;
  uri: string;
  neo4jVersion: string;
  startedAt: string;
}

export function localDbPaths(root: string = join(findRepoRoot(), '.touchstone', 'neo4j')): LocalDbPaths {
  const dataDir = join(root, 'data');
  return {
    root,
    dataDir,
    credentialsFile: join(root, 'credentials.json'),
    stateFile: join(root, 'state.json'),
    logFile: join(dataDir, 'logs', 'launcher.log'),
  };
}

/** Reads the stored password, creating it (readable by the owner only) on first use. */
export function readOrCreateCredentials(paths: LocalDbPaths): LocalDbCredentials {
  mkdirSync(paths.root, { recursive: true });
  if (!existsSync(paths.credentialsFile)) {
    const fresh = { user: 'neo4j', password: generatePassword(), createdAt: new Date().toISOString() };
    try {
      writeFileSync(paths.credentialsFile, `${JSON.stringify(fresh, null, 2)}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    } catch (error) {
      // Another start created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  chmodSync(paths.credentialsFile, 0o600);
  const stored = JSON.parse(readFileSync(paths.credentialsFile, 'utf8')) as Partial<LocalDbCredentials>;
  if (typeof stored.password !== 'string' || !stored.password) {
    throw new LocalNeo4jError(
      `${paths.credentialsFile} has no password; delete it together with ${paths.dataDir}`,
    );
  }
  return { user: stored.user ?? 'neo4j', password: stored.password };
}

export function readState(paths: LocalDbPaths): LocalDbState | null {
  if (!existsSync(paths.stateFile)) return null;
  try {
    const state = JSON.parse(readFileSync(paths.stateFile, 'utf8')) as LocalDbState;
    return Number.isInteger(state.pid) && typeof state.uri === 'string' ? state : null;
  } catch {
    return null;
  }
}

export function writeState(paths: LocalDbPaths, state: LocalDbState): void {
  mkdirSync(paths.root, { recursive: true });
  writeFileSync(paths.stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

export function clearState(paths: LocalDbPaths): void {
  rmSync(paths.stateFile, { force: true });
}
