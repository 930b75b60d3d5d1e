import { applyMigrations, defaultSchemaDir } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOf, testDriver } from './support/test-driver';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

async function schemaNames(): Promise<string[]> {
  const { records } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, { routing: 'READ' });
  return records.map((r) => r.get('name') as string);
}

describe('schema migrations', () => {
  it('create the id constraint and the search, range and point indexes, all online', async () => {
    const names = await schemaNames();
    expect(names).toEqual(expect.arrayContaining(['entity_id', 'entity_search', 'transaction_timestamp', 'shipment_date', 'mine_location', 'money_flow_min_dwell']));
    expect(await countOf(driver, "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*)")).toBe(0);
  });

  it('run again without error and without change, even when their record is lost', async () => {
    const before = await schemaNames();
    await applyMigrations(driver, defaultSchemaDir);
    await driver.executeQuery('MATCH (m:Migration) DETACH DELETE m', {}, { routing: 'WRITE' });
    await applyMigrations(driver, defaultSchemaDir);
    expect(await schemaNames()).toEqual(before);
  });

  it('make the full-text index fold accents and index alias lists', async () => {
    const { records } = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_search', 'jose~') YIELD node RETURN count(node) AS n",
      {},
      { routing: 'READ' },
    );
    expect(Number(records[0]!.get('n'))).toBeGreaterThan(0);
  });
});
