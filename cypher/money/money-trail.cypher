// @name        money-trail
// @title       Money trail: where money from one account went, in time order
// @description Follows the money forward from one account: every chain of transfers leaving it, each
//              transfer strictly later than the previous one and at most maxHopDays after it, each
//              keeping between minRetention and maxRetention of the previous amount, through distinct
//              accounts, up to maxHops transfers (at most 8, a fixed hop bound). Each account reached
//              is listed once, with its shortest route (then the largest amount arrived). The time
//              and amount conditions are checked while traversing, so the search stays small.
// @source      TYPOLOGIES.md §2.3 A8 ("follow the money", trace forward from a seized-cash account;
//              Neo4j demo-fraud transaction-node traversal).
// @param       accountId: id -- the account the money leaves
// @param       from: datetime = "2019-01-01T00:00:00Z" -- the first transfer is at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- the first transfer is before this instant
// @param       minAmountUsd: float = 0 [0, 1e12] -- smallest first transfer, USD
// @param       maxHopDays: float = 3 [0.01, 365] -- longest wait between one transfer and the next, days
// @param       minRetention: float = 0.8 [0, 1] -- each transfer is at least this share of the previous one
// @param       maxRetention: float = 1 [0, 10] -- each transfer is at most this multiple of the previous one
// @param       maxHops: integer = 6 [1, 8] -- longest route followed, transfers
// @param       limit: integer = 200 [1, 10000] -- most accounts returned
// @returns     One row per account reached: accountId, holders (ids), country, hops, arrivedUsd (last
//              transfer of the route), leftUsd (first transfer), firstAt, lastAt, route (account ids
//              from the start), transactions (ids in order).
MATCH (a0:Entity {id: $accountId})
WHERE a0:BankAccount AND (a0.caseId IS NULL OR a0.caseId IN $visibleCaseIds)
MATCH (a0)-[s0:SENT]->(t0:Transaction)
WHERE t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until)
  AND t0.amountUsd >= $minAmountUsd
  AND (s0.caseId IS NULL OR s0.caseId IN $visibleCaseIds)
  AND (t0.caseId IS NULL OR t0.caseId IN $visibleCaseIds)
MATCH (a0)-[:SENT]->(t0)
      ((ti:Transaction)-[ri:TO]->(ai:BankAccount)-[si:SENT]->(tj:Transaction)
        WHERE ti.timestamp < tj.timestamp <= ti.timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
          AND $minRetention * ti.amountUsd <= tj.amountUsd <= $maxRetention * ti.amountUsd
          AND (ai.caseId IS NULL OR ai.caseId IN $visibleCaseIds)
          AND (ri.caseId IS NULL OR ri.caseId IN $visibleCaseIds)
          AND (si.caseId IS NULL OR si.caseId IN $visibleCaseIds)
          AND (tj.caseId IS NULL OR tj.caseId IN $visibleCaseIds)){0,7}
      (tn:Transaction)-[rn:TO]->(ak:BankAccount)
WHERE size(ai) + 1 <= $maxHops
  AND (rn.caseId IS NULL OR rn.caseId IN $visibleCaseIds)
  AND (ak.caseId IS NULL OR ak.caseId IN $visibleCaseIds)
  AND NOT a0 IN ai AND ak <> a0 AND NOT ak IN ai
  AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
WITH ak, [a0] + ai + [ak] AS route, [t0] + tj AS hops
ORDER BY size(hops), hops[-1].amountUsd DESC
WITH ak, head(collect({route: route, hops: hops})) AS best
OPTIONAL MATCH (holder)-[h:HOLDS_ACCOUNT]->(ak)
WHERE (h.caseId IS NULL OR h.caseId IN $visibleCaseIds) AND (holder.caseId IS NULL OR holder.caseId IN $visibleCaseIds)
WITH ak, best, collect(holder.id) AS holders
RETURN ak.id AS accountId,
       holders,
       ak.country AS country,
       size(best.hops) AS hops,
       best.hops[-1].amountUsd AS arrivedUsd,
       best.hops[0].amountUsd AS leftUsd,
       best.hops[0].timestamp AS firstAt,
       best.hops[-1].timestamp AS lastAt,
       [x IN best.route | x.id] AS route,
       [t IN best.hops | t.id] AS transactions
ORDER BY hops, arrivedUsd DESC, accountId
LIMIT $limit
