import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDbStatus, localDbStop } from '../src/local-db';
import { clearState, localDbPaths, readOrCreateCredentials, readState, writeState } from '../src/local-state';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'touchstone-state-test-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A pid that surely belongs to no running process: that of a child that has exited. */
function deadPid(): number {
  return Number(spawnSync('sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim());
}

describe('local database files', () => {
  it('lays out data, credentials and state under the given root', () => {
    const paths = localDbPaths(root);
    expect(paths.dataDir).toBe(join(root, 'data'));
    expect(paths.credentialsFile).toBe(join(root, 'credentials.json'));
    expect(paths.stateFile).toBe(join(root, 'state.json'));
  });

  it('defaults to .touchstone/neo4j at the repo root', () => {
    expect(localDbPaths().root).toMatch(/\/\.touchstone\/neo4j$/);
    expect(existsSync(join(localDbPaths().root, '..', '..', 'pnpm-workspace.yaml'))).toBe(true);
  });

  it('creates the password once, readable by the owner only, and reuses it', () => {
    const paths = localDbPaths(root);
    const first = readOrCreateCredentials(paths);
    expect(first.user).toBe('neo4j');
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(statSync(paths.credentialsFile).mode & 0o777).toBe(0o600);
    expect(readOrCreateCredentials(paths)).toEqual(first);
  });

  it('writes, reads and clears the running state, ignoring a corrupt file', () => {
    const paths = localDbPaths(root);
    expect(readState(paths)).toBeNull();
    const state = {
      pid: 1234,
      port: 7999,
      uri: 'bolt://127.0.0.1:7999',
      neo4jVersion: '5.26.30',
      startedAt: 'now',
    };
    writeState(paths, state);
    expect(readState(paths)).toEqual(state);
    writeFileSync(paths.stateFile, '{ not json');
    expect(readState(paths)).toBeNull();
    clearState(paths);
    expect(existsSync(paths.stateFile)).toBe(false);
  });
});

describe('localDbStatus and localDbStop with a stale state file', () => {
  it('reports not running, flags the state as stale and removes it', async () => {
    const paths = localDbPaths(root);
    writeState(paths, {
      pid: deadPid(),
      port: 7999,
      uri: 'bolt://127.0.0.1:7999',
      neo4jVersion: '5.26.30',
      startedAt: 'x',
    });
    const status = await localDbStatus({ root });
    expect(status).toMatchObject({ running: false, stale: true, dataDir: paths.dataDir });
    expect(status.uri).toBeUndefined();
    expect(existsSync(paths.stateFile)).toBe(false);
  });

  it('does not signal a live process that is not the launcher', async () => {
    const paths = localDbPaths(root);
    writeState(paths, {
      pid: process.pid,
      port: 7999,
      uri: 'bolt://127.0.0.1:7999',
      neo4jVersion: '5.26.30',
      startedAt: 'x',
    });
    expect(await localDbStop({ root })).toBe(false);
    expect(existsSync(paths.stateFile)).toBe(false);
    // This test process is still alive, so it was not signalled.
  });
});
