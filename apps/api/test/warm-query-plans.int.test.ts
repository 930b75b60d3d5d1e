// The plan warm-up the API runs when it starts, on the shared test database and on none.
import { defaultLibrary } from '@touchstone/cypher';
import { createDriver } from '@touchstone/neo4j';
import { afterAll, describe, expect, it } from 'vitest';
import { warmQueryPlans } from '../src/services/graph/warm-query-plans';
import { sharedNeo4j } from './support/shared-neo4j';

const db = sharedNeo4j();
const driver = createDriver(db);
afterAll(() => driver.close());

describe('query plan warm-up', () => {
  it('plans every canned query, those that start from a given id included', async () => {
    const warmed = await warmQueryPlans(driver);
    expect(warmed.failed).toEqual([]);
    expect(warmed.planned).toBe(defaultLibrary().queries.length);
  });

  it('names the queries it could not plan when Neo4j is not there, and does not throw', async () => {
    const nowhere = createDriver(
      { ...db, uri: 'bolt://127.0.0.1:1' },
      { connectionTimeoutMs: 1000, maxTransactionRetryTimeMs: 0 },
    );
    const queries = defaultLibrary().queries.slice(0, 2);
    try {
      const warmed = await warmQueryPlans(nowhere, queries);
      expect(warmed).toMatchObject({ planned: 0, failed: queries.map((q) => q.name) });
    } finally {
      await nowhere.close();
    }
  });
});
