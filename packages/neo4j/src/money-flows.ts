/**
 * Money flows: one `:MoneyFlow` node per sending account, receiving account and case scope,
 * summarising the transfers between them (count, total, first and last time, and the transfer
 * ids, times and USD amounts in time order). The money queries read these ~10× fewer, compact
 * records instead of walking every transfer through its Transaction node.
 *
 * A flow is derived data, never edited by hand. Whatever writes accounts, transactions or their
 * SENT/TO links marks the ids it touched with a `:MoneyFlowRefresh` node in the same
 * transaction (`markMoneyFlowsStale`), and `refreshMoneyFlows` later rebuilds every flow of the
 * affected accounts from the transfers and removes the marks. The marks are committed with the
 * data, so a crash between the two leaves them for the next refresh (run by every import and by
 * `applyMigrations`) instead of silently stale flows.
 *
 * `caseIds` holds the distinct case ids of the accounts, the transaction and its two links of
 * every transfer in the flow (sorted; empty for public records): a flow is visible to a user
 * exactly when all of them are, as each transfer was.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { defaultDatabase } from './connection';
import { toNeo4jInt } from './to-plain';

/** Entity and link types whose writes change money flows. */
export const MONEY_FLOW_SOURCES: ReadonlySet<string> = new Set(['BankAccount', 'Transaction', 'SENT', 'TO']);

const MARK = `UNWIND $ids AS id MERGE (:MoneyFlowRefresh {id: id})`;

/** Marks entity ids (accounts or transactions) whose flows must be rebuilt, inside the writing transaction. */
export async function markMoneyFlowsStale(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await tx.run(MARK, { ids: [...new Set(ids)] });
}

const NEXT_MARKS = `MATCH (m:MoneyFlowRefresh) WITH m LIMIT $limit RETURN collect(m.id) AS ids`;

// The accounts behind the marked ids: marked accounts, and both accounts of marked transactions.
const ACCOUNTS_OF = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  WITH e WHERE e:BankAccount RETURN e AS account
  UNION
  WITH e MATCH (e:Transaction)<-[:SENT]-(account:BankAccount) RETURN account
  UNION
  WITH e MATCH (e:Transaction)-[:TO]->(account:BankAccount) RETURN account
}
RETURN collect(DISTINCT account.id) AS accounts`;

const DELETE_FLOWS = `
UNWIND $accounts AS id
CALL (id) {
  MATCH (f:MoneyFlow {from: id}) RETURN f
  UNION
  MATCH (f:MoneyFlow {to: id}) RETURN f
}
DELETE f`;

// Every transfer with one end among the accounts, once: a transfer between two of them is taken
// from its sender's side only.
const BUILD_FLOWS = `
UNWIND $accounts AS id
MATCH (a:Entity {id: id}) WHERE a:BankAccount
CALL (a) {
  MATCH (a)-[s:SENT]->(t:Transaction)-[r:TO]->(b:BankAccount)
  RETURN a AS src, s, t, r, b AS dst
  UNION ALL
  MATCH (b:BankAccount)-[s:SENT]->(t:Transaction)-[r:TO]->(a)
  WHERE NOT b.id IN $accounts
  RETURN b AS src, s, t, r, a AS dst
}
WITH src, dst, t, t.timestamp AS at,
     COLLECT {
       UNWIND [src.caseId, s.caseId, t.caseId, r.caseId, dst.caseId] AS c
       WITH DISTINCT c WHERE c IS NOT NULL
       RETURN c ORDER BY c
     } AS caseIds
ORDER BY at, t.id
WITH src.id AS from, dst.id AS to, caseIds, collect(t.id) AS ids, collect(at) AS at, collect(t.amountUsd) AS usd
CREATE (:MoneyFlow {
  from: from, to: to, caseIds: caseIds, count: size(ids),
  totalUsd: reduce(total = 0.0, x IN usd | total + x), first: at[0], last: at[-1],
  ids: ids, at: at, usd: usd
})`;

const UNMARK = `UNWIND $ids AS id MATCH (m:MoneyFlowRefresh {id: id}) DELETE m`;

export interface RefreshMoneyFlowsOptions {
  database?: string;
  /** Marks handled per transaction (default 500). */
  chunk?: number;
}

/** What a refresh did. */
export interface MoneyFlowRefresh {
  /** Accounts whose flows were rebuilt (an account may count once per chunk it appears in). */
  accounts: number;
}

/** Rebuilds the flows of every marked account, one write transaction per chunk of marks. */
export async function refreshMoneyFlows(
  driver: Driver,
  options: RefreshMoneyFlowsOptions = {},
): Promise<MoneyFlowRefresh> {
  const session = driver.session({
    database: options.database ?? defaultDatabase(),
    defaultAccessMode: 'WRITE',
  });
  const limit = options.chunk ?? 500;
  let accounts = 0;
  try {
    for (;;) {
      const rebuilt = await session.executeWrite(async (tx) => {
        const ids = (await tx.run(NEXT_MARKS, { limit: toNeo4jInt(limit) })).records[0]?.get(
          'ids',
        ) as string[];
        if (ids.length === 0) return null;
        const found = (await tx.run(ACCOUNTS_OF, { ids })).records[0]?.get('accounts') as
          string[] | undefined;
        const touched = found ?? [];
        // Marked ids that are no longer entities may be deleted accounts: their flows go too.
        await tx.run(DELETE_FLOWS, { accounts: [...new Set([...touched, ...ids])] });
        if (touched.length > 0) await tx.run(BUILD_FLOWS, { accounts: touched });
        await tx.run(UNMARK, { ids });
        return touched.length;
      });
      if (rebuilt === null) return { accounts };
      accounts += rebuilt;
    }
  } finally {
    await session.close();
  }
}
