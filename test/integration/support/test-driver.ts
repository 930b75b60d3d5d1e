/**
 * A driver to the run's shared test database, and small counting helpers the tests share.
 */
import { createDriver } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';

/** A new driver to the shared test database (close it in afterAll). */
export function testDriver(): Driver {
  return createDriver(inject('neo4j'));
}

/** Runs a read query returning one number. */
export async function countOf(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(cypher, params, { routing: 'READ' });
  return Number(records[0]?.get(0));
}

/** Node count per label and relationship count per type, over investigation data only. */
export async function graphCounts(driver: Driver): Promise<{ nodes: number; links: number }> {
  return {
    nodes: await countOf(driver, 'MATCH (n:Entity) RETURN count(n)'),
    links: await countOf(driver, 'MATCH (:Entity)-[r]->(:Entity) RETURN count(r)'),
  };
}
