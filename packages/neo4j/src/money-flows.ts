/**
 * Money flows: one `:MoneyFlow` node per sending account, receiving account and case scope,
 * summarising the transfers between them (count, total, first and last time, and the transfer
 * ids, times and USD amounts in time order). The money queries read these ~10× fewer, compact
 * records instead of walking every transfer through its Transaction node.
 *
 * A flow is derived data, never edited by hand. Whatever writes accounts, transactions or their
 * SENT/TO links marks the accounts concerned with a `:MoneyFlowRefresh` node in the same
 * transaction (`markMoneyFlowsStale`), and `refreshMoneyFlows` later rebuilds every flow of the
 * marked accounts from the transfers, once each, and removes the marks. The marks are committed with the
 * data, so a crash between the two leaves them for the next refresh (run by every import and by
 * `applyMigrations`) instead of silently stale flows.
 *
 * Money that came into an account from no account on file (a cash deposit, a transfer from an
 * unknown bank) is a flow with no `from`: queries about transfers between accounts leave it out
 * (`f.from <> f.to` is null for it), rapid-pass-through counts it.
 *
 * `dwell` holds, for each transfer, the seconds until the next money out of its receiving account
 * (any transaction it sent: a transfer or a cash withdrawal), or -1 when none followed; `minDwell`
 * is the least of them (absent when none followed any). A query that needs money moving on within
 * a few days starts from the flows whose `minDwell` allows it (migration 009 indexes it), not from
 * every transfer.
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

// Marks are account ids only, so a refresh rebuilds each account once. A transaction is marked
// through its accounts, found in the writing transaction itself. Ids are sorted so that writers
// marking the same accounts lock them in the same order.
const MARK = `
UNWIND $accounts AS id
MERGE (:MoneyFlowRefresh {id: id})
WITH count(*) AS marked
UNWIND $transactions AS id
MATCH (t:Entity {id: id}) WHERE t:Transaction
CALL (t) {
  MATCH (t)<-[:SENT]-(a:BankAccount) RETURN a.id AS account
  UNION
  MATCH (t)-[:TO]->(a:BankAccount) RETURN a.id AS account
}
WITH DISTINCT account ORDER BY account
MERGE (:MoneyFlowRefresh {id: account})`;

/** What a writer changed: account ids, and transaction ids whose accounts are marked for them. */
export interface MoneyFlowChanges {
  accounts?: readonly string[];
  transactions?: readonly string[];
}

/**
 * Marks the accounts whose flows must be rebuilt, inside the writing transaction: written
 * accounts, the accounts of written transactions (as linked at that moment), and the account end
 * of written SENT/TO links (and, for SENT, the accounts of its transaction). Whatever deletes a transaction or its links marks its accounts
 * before deleting.
 */
export async function markMoneyFlowsStale(tx: ManagedTransaction, changes: MoneyFlowChanges): Promise<void> {
  const accounts = [...new Set(changes.accounts ?? [])].sort();
  const transactions = [...new Set(changes.transactions ?? [])].sort();
  if (accounts.length + transactions.length > 0) await tx.run(MARK, { accounts, transactions });
}

// Refreshes take the lock (migration 008) before reading marks, so a second one waits and then
// sees the marks the first has already handled as gone.
const LOCK = `MERGE (l:MoneyFlowLock {id: 'refresh'}) SET l.lockedAt = timestamp()`;

const NEXT_MARKS = `MATCH (m:MoneyFlowRefresh) WITH m LIMIT $limit RETURN collect(m.id) AS ids`;

const DELETE_FLOWS = `
UNWIND $accounts AS id
CALL (id) {
  MATCH (f:MoneyFlow {from: id}) RETURN f
  UNION
  MATCH (f:MoneyFlow {to: id}) RETURN f
}
DELETE f`;

// Every transfer with one end among the accounts, once: a transfer between two of them is taken
// from its sender's side only; money into them from no account is taken too. Its dwell is found
// among the transactions its receiving account sent: with both lists in time order (outs first on a tie, since a transfer at the same
// instant does not follow), the q-th transfer in at place p of the merged list has p - q transfers
// out before it, so the next one out is outs[p - q].
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
  UNION ALL
  MATCH (t:Transaction)-[r:TO]->(a)
  WHERE NOT EXISTS { (:BankAccount)-[:SENT]->(t) }
  RETURN null AS src, null AS s, t, r, a AS dst
}
WITH src, dst, t, t.timestamp AS at,
     COLLECT {
       UNWIND [src.caseId, s.caseId, t.caseId, r.caseId, dst.caseId] AS c
       WITH DISTINCT c WHERE c IS NOT NULL
       RETURN c ORDER BY c
     } AS caseIds
ORDER BY at, t.id
WITH dst, collect({from: src.id, caseIds: caseIds, id: t.id, at: at, usd: t.amountUsd}) AS ins
CALL (dst) {
  MATCH (dst)-[:SENT]->(o:Transaction)
  WITH o.timestamp AS at ORDER BY at
  RETURN collect(at) AS outs
}
WITH dst, ins, outs, COLLECT {
       UNWIND [at IN outs | [at, 0]] + [i IN ins | [i.at, 1]] AS event
       WITH event ORDER BY event[0], event[1]
       RETURN event[1]
     } AS kinds
WITH dst, ins, outs, [p IN range(0, size(kinds) - 1) WHERE kinds[p] = 1] AS places
UNWIND range(0, size(ins) - 1) AS q
WITH dst, ins[q] AS i, outs[places[q] - q] AS next
WITH i.from AS from, dst.id AS to, i.caseIds AS caseIds, i,
     CASE WHEN next IS NULL THEN -1 ELSE duration.inSeconds(i.at, next).seconds END AS dwell
ORDER BY i.at, i.id
WITH from, to, caseIds, collect(i.id) AS ids, collect(i.at) AS at, collect(i.usd) AS usd, collect(dwell) AS dwell
CREATE (:MoneyFlow {
  from: from, to: to, caseIds: caseIds, count: size(ids),
  totalUsd: reduce(total = 0.0, x IN usd | total + x), first: at[0], last: at[-1],
  ids: ids, at: at, usd: usd, dwell: dwell,
  minDwell: reduce(least = null, d IN dwell | CASE WHEN d >= 0 AND (least IS NULL OR d < least) THEN d ELSE least END)
})`;

const UNMARK = `UNWIND $ids AS id MATCH (m:MoneyFlowRefresh {id: id}) DELETE m`;

export interface RefreshMoneyFlowsOptions {
  database?: string;
  /** Marked accounts handled per transaction (default 500). */
  chunk?: number;
}

/** Rebuilds the flows of every marked account, one write transaction per chunk of marks, one refresh at a time. */
export async function refreshMoneyFlows(driver: Driver, options: RefreshMoneyFlowsOptions = {}): Promise<void> {
  const session = driver.session({
    database: options.database ?? defaultDatabase(),
    defaultAccessMode: 'WRITE',
  });
  const limit = toNeo4jInt(options.chunk ?? 500);
  try {
    for (;;) {
      const done = await session.executeWrite(async (tx) => {
        await tx.run(LOCK);
        const accounts = (await tx.run(NEXT_MARKS, { limit })).records[0]?.get('ids') as string[];
        if (accounts.length === 0) return true;
        // A marked id that is no longer an account was deleted: its flows go, none are built.
        await tx.run(DELETE_FLOWS, { accounts });
        await tx.run(BUILD_FLOWS, { accounts });
        await tx.run(UNMARK, { ids: accounts });
        return false;
      });
      if (done) return;
    }
  } finally {
    await session.close();
  }
}
