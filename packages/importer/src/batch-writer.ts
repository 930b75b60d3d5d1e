/**
 * Writes a batch in one managed write transaction, so a batch that fails writes nothing. Links
 * whose endpoints do not exist are found inside that transaction only when the written count
 * falls short, and reported; in strict mode they roll the whole batch back. A batch of accounts,
 * transactions or their links also marks what it touched for the money-flow refresh, in the same
 * transaction.
 */
import type { EntityTypeName, LinkTypeName } from '@touchstone/domain';
import { MONEY_FLOW_SOURCES, markMoneyFlowsStale } from '@touchstone/neo4j';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Batch } from './batch';
import type { ImportIssue } from './report';
import { MISSING_ENTITIES, entityWriteStatement, linkWriteStatement } from './write-statements';

/** Raised inside a transaction to roll a strict-mode batch back. */
class MissingEndpoints extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super('links point at entities that do not exist');
  }
}

/** The result of writing one batch: rows written, and issues for rows that could not be. */
export interface BatchResult {
  written: number;
  issues: ImportIssue[];
}

/** One issue per link row of the batch that names an entity that does not exist. */
async function danglingLinks(tx: ManagedTransaction, batch: Batch): Promise<ImportIssue[]> {
  const ids = new Set<string>();
  for (const row of batch.rows) ids.add(row[1] as string).add(row[2] as string);
  const result = await tx.run(MISSING_ENTITIES, { ids: [...ids] });
  const missing = new Set(result.records[0]?.get('missing') as string[]);
  const issues: ImportIssue[] = [];
  batch.rows.forEach((row, i) => {
    const end = missing.has(row[1] as string) ? 'from' : missing.has(row[2] as string) ? 'to' : undefined;
    if (end === undefined) return;
    const id = row[end === 'from' ? 1 : 2] as string;
    issues.push({
      file: batch.file,
      line: batch.lines[i]!,
      recordId: row[0] as string,
      field: end,
      reason: `no entity with id "${id}" exists`,
    });
  });
  return issues;
}

/** Marks the accounts a money batch touched for a flow refresh, in the batch's transaction. */
async function markMoneyFlows(tx: ManagedTransaction, batch: Batch): Promise<void> {
  if (!MONEY_FLOW_SOURCES.has(batch.type)) return;
  const ids = (column: number) => batch.rows.map((row) => row[column] as string);
  if (batch.type === 'BankAccount') await markMoneyFlowsStale(tx, { accounts: ids(0) });
  else if (batch.type === 'Transaction') await markMoneyFlowsStale(tx, { transactions: ids(0) });
  // A link's account end: the sender of SENT, the receiver of TO. A SENT link also marks the
  // receiver of its transaction, whose money from no account it turns into a transfer.
  else if (batch.type === 'SENT') await markMoneyFlowsStale(tx, { accounts: ids(1), transactions: ids(2) });
  else await markMoneyFlowsStale(tx, { accounts: ids(2) });
}

/** Writes one batch; in strict mode a batch with a dangling link is rolled back whole. */
export async function writeBatch(
  driver: Driver,
  batch: Batch,
  strict: boolean,
  database?: string,
): Promise<BatchResult> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    if (batch.kind === 'entity') {
      const cypher = entityWriteStatement(batch.type as EntityTypeName, batch.present);
      const written = await session.executeWrite(async (tx) => {
        const result = await tx.run(cypher, { rows: batch.rows });
        await markMoneyFlows(tx, batch);
        return result.records[0]!.get('written');
      });
      return { written: Number(written), issues: [] };
    }
    const cypher = linkWriteStatement(batch.type as LinkTypeName, batch.present);
    return await session.executeWrite(async (tx) => {
      const written = Number((await tx.run(cypher, { rows: batch.rows })).records[0]!.get('written'));
      await markMoneyFlows(tx, batch);
      if (written === batch.rows.length) return { written, issues: [] };
      const issues = await danglingLinks(tx, batch);
      if (strict && issues.length) throw new MissingEndpoints(issues);
      return { written, issues };
    });
  } catch (e) {
    if (e instanceof MissingEndpoints) return { written: 0, issues: e.issues };
    throw e;
  } finally {
    await session.close();
  }
}
