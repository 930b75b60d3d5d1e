// Deletes chosen entities for tests and fixtures (the product itself never deletes entities),
// keeping money flows right: deleted accounts, and the accounts of deleted transactions, are
// marked in the deleting transaction, and their flows are rebuilt at the refresh that follows.
import type { Driver } from 'neo4j-driver';
import { refreshMoneyFlows } from './money-flows';
import { writeQuery } from './query';

/** Deletes the entities matching `condition` (Cypher on `n`, values as `params`) with their links. */
export async function deleteEntitiesWhere(
  driver: Driver,
  condition: string,
  params: Record<string, unknown> = {},
): Promise<void> {
  await writeQuery(
    driver,
    `MATCH (n:Entity) WHERE ${condition}
     CALL (n) {
       OPTIONAL MATCH (n:Transaction)-[:SENT|TO]-(a:BankAccount)
       WITH DISTINCT CASE WHEN n:BankAccount THEN n.id ELSE a.id END AS account
       WHERE account IS NOT NULL
       MERGE (:MoneyFlowRefresh {id: account})
     }
     DETACH DELETE n`,
    params,
  );
  await refreshMoneyFlows(driver);
}
