/**
 * The Cypher of a money trail. Transactions are nodes, so one iteration of the quantified path
 * pattern spans two consecutive transfers through an account, and time order, dwell time,
 * amount and visibility are checked while the path is traversed, not after. The hop bound is a
 * literal (Cypher requires it) taken from a bounded integer.
 */
import { visible } from './visibility';

const cache = new Map<string, string>();

const AMOUNT = (earlier: string, later: string) =>
  `($tolerance IS NULL OR (1 - $tolerance) * ${earlier}.amountUsd <= ${later}.amountUsd <= (1 + $tolerance) * ${earlier}.amountUsd)`;

const FORWARD = (maxHops: number) => `
MATCH (s:Entity) WHERE s.id IN $accounts
MATCH (s)-[sf:SENT]->(t0:Transaction)
WHERE ${visible('sf', 't0')} AND t0.amountUsd >= $minAmount
  AND ($fromTs IS NULL OR t0.timestamp >= $fromTs) AND ($untilTs IS NULL OR t0.timestamp < $untilTs)
MATCH (s)-[sf]->(t0)
      ((ti:Transaction)-[ri:TO]->(ai:BankAccount)-[si:SENT]->(tj:Transaction)
        WHERE ti.timestamp < tj.timestamp <= ti.timestamp + $dwell
          AND tj.amountUsd >= $minAmount AND ${AMOUNT('ti', 'tj')}
          AND ($untilTs IS NULL OR tj.timestamp < $untilTs)
          AND NOT ai.id IN $accounts
          AND ${visible('ri', 'ai', 'si', 'tj')}){0,${maxHops - 1}}
      (tn:Transaction)-[rn:TO]->(d:BankAccount)
WHERE ${visible('rn', 'd')}
  AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
WITH s, d, ai, [t0] + tj AS txs, [sf] + si AS sent
LIMIT $maxPaths
RETURN [x IN [s] + ai + [d] | {id: x.id, labels: labels(x), properties: properties(x)}] AS accounts,
       [k IN range(0, size(txs) - 1) | {id: txs[k].id, amountUsd: txs[k].amountUsd, timestamp: toString(txs[k].timestamp),
         sourceId: sent[k].sourceId, from: ([s] + ai)[k].id, to: (ai + [d])[k].id}] AS transfers`;

const BACKWARD = (maxHops: number) => `
MATCH (s:Entity) WHERE s.id IN $accounts
MATCH (s)<-[rf:TO]-(t0:Transaction)
WHERE ${visible('rf', 't0')} AND t0.amountUsd >= $minAmount
  AND ($fromTs IS NULL OR t0.timestamp >= $fromTs) AND ($untilTs IS NULL OR t0.timestamp < $untilTs)
MATCH (s)<-[rf]-(t0)
      ((tj:Transaction)<-[si:SENT]-(ai:BankAccount)<-[ri:TO]-(ti:Transaction)
        WHERE ti.timestamp < tj.timestamp <= ti.timestamp + $dwell
          AND ti.amountUsd >= $minAmount AND ${AMOUNT('ti', 'tj')}
          AND ($fromTs IS NULL OR ti.timestamp >= $fromTs)
          AND NOT ai.id IN $accounts
          AND ${visible('si', 'ai', 'ri', 'ti')}){0,${maxHops - 1}}
      (tn:Transaction)<-[sn:SENT]-(d:BankAccount)
WHERE ${visible('sn', 'd')}
  AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
WITH s, d, ai, [t0] + ti AS txs, si + [sn] AS sent
LIMIT $maxPaths
RETURN [x IN [s] + ai + [d] | {id: x.id, labels: labels(x), properties: properties(x)}] AS accounts,
       [k IN range(0, size(txs) - 1) | {id: txs[k].id, amountUsd: txs[k].amountUsd, timestamp: toString(txs[k].timestamp),
         sourceId: sent[k].sourceId, from: (ai + [d])[k].id, to: ([s] + ai)[k].id}] AS transfers`;

/** The trail query for a direction and a hop bound (1–8). */
export function moneyTrailQuery(direction: 'FORWARD' | 'BACKWARD', maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8)
    throw new Error(`maxHops out of range: ${maxHops}`);
  const key = `${direction}|${maxHops}`;
  let cypher = cache.get(key);
  if (!cypher) {
    cypher = direction === 'FORWARD' ? FORWARD(maxHops) : BACKWARD(maxHops);
    cache.set(key, cypher);
  }
  return cypher;
}
