/**
 * The same questions as the chronological path queries (money-cycle, layering-chain,
 * money-trail), asked the naive way: a variable-length pattern over SENT/TO matched first, then
 * filtered for time order, amount retention and distinct accounts. They return the subjects the
 * library queries return, so the benchmark can check both agree before comparing their times.
 * Benchmark only: they are not part of the library.
 */

/** Filters shared by the naive forms: consecutive transfers in time order, within the hop window and retention band. */
const CHRONOLOGICAL = `
  all(i IN range(0, size(ts) - 2) WHERE
      ts[i].timestamp < ts[i + 1].timestamp <= ts[i].timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
      AND $minRetention * ts[i].amountUsd <= ts[i + 1].amountUsd <= $maxRetention * ts[i].amountUsd)`;

const DISTINCT_ACCOUNTS = `all(i IN range(0, size(accs) - 2) WHERE NOT accs[i] IN accs[i + 1..])`;

/** A naive form and the library query it mirrors; `subject` names the column to compare. */
export interface NaiveForm {
  mirrors: 'money-cycle' | 'layering-chain' | 'money-trail';
  cypher: string;
  subject: string;
}

export const NAIVE_FORMS: readonly NaiveForm[] = [
  {
    mirrors: 'money-cycle',
    subject: 'subjectId',
    cypher: `
MATCH (a0:BankAccount)-[:SENT]->(t0:Transaction)
WHERE t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until) AND t0.amountUsd >= $minAmountUsd
MATCH p = (t0)-[:TO|SENT*3..15]->(a0)
WITH a0, t0, p, [n IN nodes(p) WHERE n:Transaction] AS ts, [n IN nodes(p) WHERE n:BankAccount] AS ring
WITH a0, t0, ts, [a0] + ring[..-1] AS accs
WHERE $minAccounts <= size(accs) <= $maxAccounts
  AND ts[-1].timestamp <= t0.timestamp + duration({seconds: toInteger($maxCycleDays * 86400)})
  AND ${CHRONOLOGICAL}
  AND ${DISTINCT_ACCOUNTS}
RETURN DISTINCT a0.id AS subjectId`,
  },
  {
    mirrors: 'layering-chain',
    subject: 'subjectId',
    cypher: `
MATCH (a0:BankAccount)-[:SENT]->(t0:Transaction)
WHERE t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until) AND t0.amountUsd >= $minAmountUsd
  AND NOT EXISTS {
    MATCH (:BankAccount)-[:SENT]->(x:Transaction)-[:TO]->(a0)
    WHERE x.timestamp < t0.timestamp <= x.timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
      AND $minRetention * x.amountUsd <= t0.amountUsd <= $maxRetention * x.amountUsd
  }
MATCH p = (t0)-[:TO|SENT*1..19]->(ak:BankAccount)
WITH a0, p, [n IN nodes(p) WHERE n:Transaction] AS ts, [a0] + [n IN nodes(p) WHERE n:BankAccount] AS accs
WHERE $minHops <= size(ts) <= $maxHops
  AND ${CHRONOLOGICAL}
  AND ${DISTINCT_ACCOUNTS}
RETURN DISTINCT a0.id AS subjectId`,
  },
  {
    mirrors: 'money-trail',
    subject: 'accountId',
    cypher: `
MATCH (a0:Entity {id: $accountId})-[:SENT]->(t0:Transaction)
WHERE a0:BankAccount AND t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until) AND t0.amountUsd >= $minAmountUsd
MATCH p = (t0)-[:TO|SENT*1..15]->(ak:BankAccount)
WITH a0, ak, p, [n IN nodes(p) WHERE n:Transaction] AS ts, [a0] + [n IN nodes(p) WHERE n:BankAccount] AS accs
WHERE size(ts) <= $maxHops
  AND ${CHRONOLOGICAL}
  AND ${DISTINCT_ACCOUNTS}
RETURN DISTINCT ak.id AS accountId`,
  },
];
