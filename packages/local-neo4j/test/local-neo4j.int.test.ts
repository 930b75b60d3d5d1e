// Starts real embedded Neo4j instances (in temp folders, on free ports): a throwaway one that
// must keep its data across a restart, and the detached persistent one the CLI uses.
import neo4j from 'neo4j-driver';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  localDbStart,
  localDbStatus,
  localDbStop,
  startLocalNeo4j,
  type LocalNeo4jHandle,
} from '../src/index';
import { isProcessAlive } from '../src/processes';

const scratch = mkdtempSync(join(tmpdir(), 'touchstone-local-neo4j-test-'));
const started: LocalNeo4jHandle[] = [];
afterAll(async () => {
  await Promise.all(started.map((handle) => handle.stop()));
  await localDbStop({ root: join(scratch, 'persistent') });
  rmSync(scratch, { recursive: true, force: true });
});

async function query(handle: { uri: string; user: string; password: string }, cypher: string) {
  const driver = neo4j.driver(handle.uri, neo4j.auth.basic(handle.user, handle.password));
  try {
    return (await driver.executeQuery(cypher)).records.map((record) => record.toObject());
  } finally {
    await driver.close();
  }
}

describe('startLocalNeo4j', () => {
  const dataDir = join(scratch, 'throwaway');

  it('starts with the given password, answers queries and stops cleanly', async () => {
    const handle = await startLocalNeo4j({ dataDir, password: 'first-password-1' });
    started.push(handle);
    expect(handle.uri).toBe(`bolt://127.0.0.1:${handle.port}`);
    expect(await query(handle, "CREATE (g:Gold {ref: 'bar-17', fineKg: 12.5}) RETURN g.ref AS ref")).toEqual([
      { ref: 'bar-17' },
    ]);

    const wrong = neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    await expect(wrong.executeQuery('RETURN 1')).rejects.toMatchObject({
      code: 'Neo.ClientError.Security.Unauthorized',
    });
    await wrong.close();

    await handle.stop();
    expect(isProcessAlive(handle.pid)).toBe(false);
  });

  it('keeps the data when restarted on the same folder', async () => {
    const handle = await startLocalNeo4j({ dataDir, password: 'first-password-1' });
    started.push(handle);
    expect(await query(handle, 'MATCH (g:Gold) RETURN g.ref AS ref, g.fineKg AS fineKg')).toEqual([
      { ref: 'bar-17', fineKg: 12.5 },
    ]);
    await handle.stop();
  });

  it('refuses a port that is already taken before starting Java', async () => {
    const squatter = createServer();
    await new Promise<void>((done) => squatter.listen(0, '127.0.0.1', done));
    const { port } = squatter.address() as { port: number };
    try {
      await expect(startLocalNeo4j({ dataDir: join(scratch, 'busy-port'), port })).rejects.toThrow(
        `local-neo4j: port ${port} on 127.0.0.1 is already in use; choose another or leave it unset`,
      );
    } finally {
      await new Promise((done) => squatter.close(done));
    }
  });

  it('reports a JVM that dies on start with the tail of its log', async () => {
    const failed = startLocalNeo4j({ dataDir: join(scratch, 'no-heap'), heapMb: 1 });
    await expect(failed).rejects.toThrow(
      /^local-neo4j: Neo4j did not start: the Java process \(pid \d+\) exited/,
    );
    await expect(failed).rejects.toThrow(/--- last lines of .*launcher\.log ---\n[\s\S]*(Too small|heap)/);
  });
});

describe('the persistent local database', () => {
  const root = join(scratch, 'persistent');

  it('starts detached, is idempotent, reports status, stops and keeps its data', async () => {
    expect(await localDbStatus({ root })).toMatchObject({ running: false, stale: false, storeBytes: 0 });
    const first = await localDbStart({ root });
    expect(first).toMatchObject({ running: true, user: 'neo4j' });
    expect(existsSync(join(root, 'state.json'))).toBe(true);
    await query(first as Required<typeof first>, "CREATE (:Mine {name: 'Cerro Dorado'})");

    const again = await localDbStart({ root });
    expect(again.pid).toBe(first.pid);
    const status = await localDbStatus({ root });
    expect(status).toMatchObject({
      running: true,
      pid: first.pid,
      uri: first.uri,
      dataDir: join(root, 'data'),
    });
    expect(status.storeBytes).toBeGreaterThan(1_000_000);

    expect(await localDbStop({ root })).toBe(true);
    expect(isProcessAlive(first.pid as number)).toBe(false);
    expect(await localDbStatus({ root })).toMatchObject({ running: false, stale: false });
    expect(await localDbStop({ root })).toBe(false);

    const restarted = await localDbStart({ root });
    expect(restarted.password).toBe(first.password);
    expect(
      await query(restarted as Required<typeof restarted>, 'MATCH (m:Mine) RETURN m.name AS name'),
    ).toEqual([{ name: 'Cerro Dorado' }]);
    await localDbStop({ root });
  });
});
