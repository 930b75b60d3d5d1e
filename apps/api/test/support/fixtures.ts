/**
 * Small hand-made records for API tests, written straight to the test database: entities and
 * links with a unique suffix (so test files never collide), some entered within a case. Removed
 * again after the file, so other files see the database as the global setup left it.
 */
import { defaultDatabase, deleteEntitiesWhere, markMoneyFlowsStale, refreshMoneyFlows } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';

const PROVENANCE =
  "sourceId: 'doc-test', enteredBy: 'test', enteredAt: '2025-01-01T00:00:00Z', sourceReliability: 'B', infoReliability: '2'";

/** Runs one write statement. */
export async function write(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  const session = driver.session({ database: defaultDatabase() });
  try {
    await session.executeWrite((tx) => tx.run(query, params));
  } finally {
    await session.close();
  }
}

/** Creates public entities `${prefix}-…` (a person, a company and a link between them). */
export async function publicEntities(driver: Driver, suffix: string) {
  const ids = { person: `per-t${suffix}pub`, company: `com-t${suffix}pub` };
  await write(
    driver,
    `CREATE (p:Entity:Person {id: $person, name: 'Publica Person ${suffix}'})
     CREATE (c:Entity:Company {id: $company, name: 'Publica Trading ${suffix}'})
     CREATE (p)-[:DIRECTOR_OF {id: 'lnk-t${suffix}dir', ${PROVENANCE}}]->(c)`,
    ids,
  );
  return ids;
}

/** Creates a person entered in case `caseId`. */
export async function restrictedPerson(driver: Driver, suffix: string, caseId: string, tag = 'r') {
  const id = `per-t${suffix}${tag}`;
  await write(driver, `CREATE (:Entity:Person {id: $id, name: $name, caseId: $caseId})`, {
    id,
    name: `Restricta ${tag} ${suffix}`,
    caseId,
  });
  return id;
}

/** Deletes every entity and link whose id carries the suffix. */
export async function removeFixtures(driver: Driver, suffix: string): Promise<void> {
  await deleteEntitiesWhere(driver, 'n.id CONTAINS $mark', { mark: `-t${suffix}` });
}

/** Rebuilds the money flows of accounts written here directly (the importer does this itself). */
export async function refreshFlowsOf(driver: Driver, accounts: readonly string[]): Promise<void> {
  const session = driver.session({ database: defaultDatabase() });
  try {
    await session.executeWrite((tx) => markMoneyFlowsStale(tx, { accounts }));
  } finally {
    await session.close();
  }
  await refreshMoneyFlows(driver);
}
