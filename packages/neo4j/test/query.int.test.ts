// Runs the driver factory and the read/write helpers against the shared test Neo4j. Uses its own
// label (QueryHelperTest) and removes its nodes, so other test files see no trace of it.
import { injectNeo4j } from '@touchstone/test-support';
import type { Driver } from 'neo4j-driver';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, readQuery, toNeo4jInt, verifyConnection, writeQuery } from '../src/index';

const connection = injectNeo4j();
let driver: Driver;

beforeAll(async () => {
  driver = createDriver(connection);
  await verifyConnection(driver, connection);
});
afterAll(async () => {
  await writeQuery(driver, 'MATCH (n:QueryHelperTest) DETACH DELETE n');
  await driver.close();
});

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

describe('verifyConnection', () => {
  it('names the server and the reason when the password is wrong', async () => {
    const wrong = { ...connection, password: 'definitely-not-it' };
    const wrongDriver = createDriver(wrong);
    await expect(verifyConnection(wrongDriver, wrong)).rejects.toThrow(
      `neo4j: cannot reach Neo4j at ${connection.uri}: authentication failed for user "${connection.user}"`,
    );
    await wrongDriver.close();
  });

  it('names the server when nothing listens there', async () => {
    const down = { ...connection, uri: `bolt://127.0.0.1:${await unusedPort()}` };
    const downDriver = createDriver(down, { connectionTimeoutMs: 2_000, maxTransactionRetryTimeMs: 1_000 });
    await expect(verifyConnection(downDriver, down)).rejects.toThrow(
      `neo4j: cannot reach Neo4j at ${down.uri}: `,
    );
    await downDriver.close();
  });
});

describe('readQuery and writeQuery', () => {
  it('writes in a write transaction and reads back plain values', async () => {
    const created = await writeQuery<{ id: string }>(
      driver,
      `CREATE (m:QueryHelperTest:Mine {id: $id, name: 'Cerro Rico', capacityKg: $capacity, big: $big,
         openedOn: date('2011-05-04'), inspectedAt: datetime('2024-02-01T09:30:00Z'),
         location: point({latitude: -13.1, longitude: -70.25})})
       RETURN m.id AS id`,
      { id: 'mine-q1', capacity: toNeo4jInt(900), big: toNeo4jInt('9007199254740993') },
    );
    expect(created).toEqual([{ id: 'mine-q1' }]);

    const [row] = await readQuery(
      driver,
      `MATCH (m:QueryHelperTest {id: $id})
       RETURN m.capacityKg AS capacityKg, m.big AS big, m.openedOn AS openedOn, m.inspectedAt AS inspectedAt,
              m.location AS location, m AS node`,
      { id: 'mine-q1' },
    );
    expect(row).toMatchObject({
      capacityKg: 900,
      big: '9007199254740993',
      openedOn: '2011-05-04',
      inspectedAt: '2024-02-01T09:30:00Z',
      location: { latitude: -13.1, longitude: -70.25 },
      node: {
        labels: expect.arrayContaining(['QueryHelperTest', 'Mine']),
        properties: expect.objectContaining({ name: 'Cerro Rico' }),
      },
    });
    expect(typeof (row?.node as { id: unknown }).id).toBe('string');
  });

  it('sends integers created with toNeo4jInt where Cypher requires them (LIMIT)', async () => {
    await writeQuery(driver, 'UNWIND range(1, 5) AS i CREATE (:QueryHelperTest {seq: i})');
    const rows = await readQuery<{ seq: number }>(
      driver,
      'MATCH (n:QueryHelperTest) WHERE n.seq IS NOT NULL RETURN n.seq AS seq ORDER BY seq LIMIT $n',
      { n: toNeo4jInt(3) },
    );
    expect(rows).toEqual([{ seq: 1 }, { seq: 2 }, { seq: 3 }]);
    await expect(
      readQuery(driver, 'MATCH (n:QueryHelperTest) RETURN n LIMIT $n', { n: 2.5 }),
    ).rejects.toThrow();
  });

  it('stops a query that runs past its timeout', async () => {
    const slow = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 10 RETURN count(x) AS c';
    await expect(readQuery(driver, slow, {}, { timeoutMs: 500 })).rejects.toMatchObject({
      code: expect.stringMatching(/TransactionTimedOut/),
    });
  });
});
