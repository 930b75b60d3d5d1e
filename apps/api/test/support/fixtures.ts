/**
 * Small hand-made records for API tests, written straight to the test database: entities and
 * links with a unique suffix (so test files never collide), some entered within a case. Removed
 * again after the file, so other files see the database as the global setup left it.
 */
import { markMoneyFlowsStale, refreshMoneyFlows } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';

const PROVENANCE =
  "sourceId: 'doc-test', enteredBy: 'test', enteredAt: '2025-01-01T00:00:00Z', sourceReliability: 'B', infoReliability: '2'";

/** Runs one write statement. */
export async function write(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  const session = driver.session();
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

/**
 * Deletes the entities matching `condition` (on `n`) with their links, and the money flows of
 * the deleted accounts: they are marked in the same transaction, then the flows are refreshed.
 */
export async function deleteEntitiesWhere(
  driver: Driver,
  condition: string,
  params: Record<string, unknown>,
): Promise<void> {
  await write(
    driver,
    `MATCH (n:Entity) WHERE ${condition}
     CALL (n) { WITH n WHERE n:BankAccount MERGE (:MoneyFlowRefresh {id: n.id}) }
     DETACH DELETE n`,
    params,
  );
  await refreshMoneyFlows(driver);
}

/** Rebuilds the money flows of accounts or transactions written here directly (the importer does this itself). */
export async function refreshFlowsOf(driver: Driver, ids: readonly string[]): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((tx) => markMoneyFlowsStale(tx, ids));
  } finally {
    await session.close();
  }
  await refreshMoneyFlows(driver);
}
