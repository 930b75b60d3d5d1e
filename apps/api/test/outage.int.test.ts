import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser, signToken } from '@touchstone/auth';
import { findFreePort, startLocalNeo4j, type LocalNeo4jHandle } from '@touchstone/local-neo4j';
import { applyMigrations, createDriver, defaultSchemaDir } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/server';
import { codeOf, graphql } from './support/graphql-client';

// Its own Neo4j, stopped and started again on the same port while the API keeps running.
let dir: string;
let port: number;
const password = 'outage-test-password';
let db: LocalNeo4jHandle | undefined;
let driver: Driver;
let api: ApiServer;
let token: string;
let newcomerToken: string;

// A window longer than the test, so the signed-in analyst stays cached through the outage however
// long Neo4j takes to stop; the newcomer never signs in before it, so theirs must reach Neo4j.
const previousWindow = process.env.TOUCHSTONE_AUTH_CACHE_MS;

const startDb = async () =>
  (db = await startLocalNeo4j({ dataDir: join(dir, 'data'), port, password, heapMb: 384, pageCacheMb: 64 }));

beforeAll(async () => {
  process.env.TOUCHSTONE_AUTH_CACHE_MS = '600000';
  dir = mkdtempSync(join(tmpdir(), 'touchstone-outage-'));
  port = await findFreePort();
  await startDb();
  driver = createDriver(
    { uri: db!.uri, user: 'neo4j', password },
    { connectionTimeoutMs: 2000, connectionAcquisitionTimeoutMs: 3000, maxTransactionRetryTimeMs: 1000 },
  );
  await applyMigrations(driver, defaultSchemaDir);
  await addUser(driver, 'outage-analyst', 'analyst');
  await addUser(driver, 'outage-newcomer', 'analyst');
  const secret = 'outage-secret-outage-secret-outage-secret';
  token = (await signToken(secret, 'outage-analyst', 'analyst')).token;
  newcomerToken = (await signToken(secret, 'outage-newcomer', 'analyst')).token;
  api = await createApiServer({ driver, port: 0, jwtSecret: secret });
});

afterAll(async () => {
  if (previousWindow === undefined) delete process.env.TOUCHSTONE_AUTH_CACHE_MS;
  else process.env.TOUCHSTONE_AUTH_CACHE_MS = previousWindow;
  await api?.stop();
  await driver?.close();
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const health = async () => {
  const response = await fetch(`${api.origin}/health`);
  return { status: response.status, body: (await response.json()) as { status: string; neo4j: string } };
};

describe('when Neo4j goes away and comes back', () => {
  it('answers UNAVAILABLE quickly, says so in /health, and recovers by itself', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', neo4j: 'up' } });
    expect((await graphql(api.url, '{ me { name } }', {}, token)).data).toEqual({
      me: { name: 'outage-analyst' },
    });

    await db!.stop();
    db = undefined;
    let started = Date.now();
    const down = await health();
    expect(down).toMatchObject({ status: 503, body: { status: 'degraded', neo4j: 'down' } });
    expect(Date.now() - started).toBeLessThan(5000);
    // Signed in from the cache, so only the field that reads Neo4j fails: 200, its error, no data.
    started = Date.now();
    const failed = await graphql(api.url, '{ me { name } }', {}, token);
    expect(failed.status).toBe(200);
    expect(failed.data).toBeNull();
    expect(codeOf(failed)).toBe('UNAVAILABLE');
    expect(failed.text).not.toMatch(/ECONNREFUSED|bolt:|127\.0\.0\.1/);
    expect(Date.now() - started).toBeLessThan(10_000);
    // A sign-in that must read the user from Neo4j cannot happen: the whole request is refused.
    started = Date.now();
    const refused = await graphql(api.url, '{ me { name } }', {}, newcomerToken);
    expect(refused.status).toBe(503);
    expect(codeOf(refused)).toBe('UNAVAILABLE');
    expect(refused.text).not.toMatch(/ECONNREFUSED|bolt:|127\.0\.0\.1/);
    expect(Date.now() - started).toBeLessThan(10_000);

    await startDb();
    let recovered = false;
    for (let i = 0; i < 30 && !recovered; i++) {
      recovered = (await health()).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(recovered).toBe(true);
    expect((await graphql(api.url, '{ me { name } }', {}, token)).data).toEqual({
      me: { name: 'outage-analyst' },
    });
    expect((await graphql(api.url, '{ me { name } }', {}, newcomerToken)).data).toEqual({
      me: { name: 'outage-newcomer' },
    });
  });
});
