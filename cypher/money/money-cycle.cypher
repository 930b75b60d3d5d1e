// @name        money-cycle
// @title       Chronological money cycles
// @description Money that leaves an account and comes back to it through other accounts, in the
//              order it moved: each transfer strictly later than the previous one and at most
//              maxHopDays after it, each keeping between minRetention and maxRetention of the
//              previous amount, the whole cycle closed within maxCycleDays. Cycles are simple
//              (no account twice) and reported once, from the account whose transfer opens them.
//              Cycles of up to 8 accounts are searched (a fixed hop bound of the pattern).
// @pattern     MONEY_CYCLE
// @source      TYPOLOGIES.md §2.3 A3 (AMLSim "cycle", Neo4j demo-fraud transaction ring); defaults from
//              the demo's ground truth rules (maxHopDays 3, maxCycleDays 30, retention 0.8–1).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- the first transfer is at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- the first transfer is before this instant
// @param       minAmountUsd: float = 10000 [0, 1e12] -- smallest first transfer, USD
// @param       maxHopDays: float = 3 [0.01, 365] -- longest wait between one transfer and the next, days
// @param       maxCycleDays: float = 30 [0.01, 3650] -- longest time from the first to the last transfer, days
// @param       minRetention: float = 0.8 [0, 1] -- each transfer is at least this share of the previous one
// @param       maxRetention: float = 1 [0, 10] -- each transfer is at most this multiple of the previous one
// @param       minAccounts: integer = 3 [2, 8] -- fewest accounts in the cycle
// @param       maxAccounts: integer = 8 [2, 8] -- most accounts in the cycle
// @param       limit: integer = 100 [1, 10000] -- most cycles returned
// @returns     One row per cycle: subjectId (the opening account), pattern, score (accounts in the
//              cycle), flagged (its accounts), evidenceNodes, evidenceLinks (the transfers in order,
//              with amounts and times), accounts (in order, opening account first), transactions (ids
//              in order), amountsUsd, startedAt, endedAt, retained (last amount / first amount).
// The first two transfers, t0 into a1 and t1 out of it, are paired per account a1 in memory. The
// transfers that can open a cycle come from the amount index, grouped by the account they reach;
// each such account's transfers out are read once, as time and amount. Only the few pairs in time
// order and retention are checked for visibility and followed to the sender of t0 and on through
// the traversal.
MATCH (t0:Transaction)-[r0:TO]->(a1:BankAccount)
USING INDEX t0:Transaction(amountUsd)
WHERE t0.amountUsd >= $minAmountUsd
  AND t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until)
WITH a1, t0, r0, t0.timestamp AS at, t0.amountUsd AS usd
WITH a1, collect({t0: t0, r0: r0, at: at, usd: usd}) AS ins, min(at) AS firstAt,
     max(at) + duration({seconds: toInteger($maxHopDays * 86400)}) AS lastAt,
     $minRetention * min(usd) AS low, $maxRetention * max(usd) AS high
WHERE a1.caseId IS NULL OR a1.caseId IN $visibleCaseIds
CALL (a1, firstAt, lastAt, low, high) {
  MATCH (a1)-[s1:SENT]->(t1:Transaction)
  WITH s1, t1, t1.timestamp AS at, t1.amountUsd AS usd
  // Only transfers that could follow one of the transfers in, by time and amount, are paired.
  WHERE firstAt < at <= lastAt AND low <= usd <= high
  RETURN collect({s1: s1, t1: t1, at: at, usd: usd}) AS outs
}
UNWIND ins AS i
WITH a1, i, outs, i.at + duration({seconds: toInteger($maxHopDays * 86400)}) AS last,
     $minRetention * i.usd AS low, $maxRetention * i.usd AS high
UNWIND [o IN outs WHERE i.at < o.at <= last AND low <= o.usd <= high] AS o
WITH a1, i.t0 AS t0, i.r0 AS r0, o.s1 AS s1, o.t1 AS t1
WHERE (t0.caseId IS NULL OR t0.caseId IN $visibleCaseIds)
  AND (r0.caseId IS NULL OR r0.caseId IN $visibleCaseIds)
  AND (s1.caseId IS NULL OR s1.caseId IN $visibleCaseIds)
  AND (t1.caseId IS NULL OR t1.caseId IN $visibleCaseIds)
MATCH (a0:BankAccount)-[s0:SENT]->(t0)
WHERE a0 <> a1
  AND (a0.caseId IS NULL OR a0.caseId IN $visibleCaseIds)
  AND (s0.caseId IS NULL OR s0.caseId IN $visibleCaseIds)
WITH a0, t0, a1, t1
MATCH (t1)
      ((ti:Transaction)-[ri:TO]->(ai:BankAccount)-[si:SENT]->(tj:Transaction)
        WHERE ti.timestamp < tj.timestamp <= ti.timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
          AND $minRetention * ti.amountUsd <= tj.amountUsd <= $maxRetention * ti.amountUsd
          AND (ai.caseId IS NULL OR ai.caseId IN $visibleCaseIds)
          AND (ri.caseId IS NULL OR ri.caseId IN $visibleCaseIds)
          AND (si.caseId IS NULL OR si.caseId IN $visibleCaseIds)
          AND (tj.caseId IS NULL OR tj.caseId IN $visibleCaseIds)){0,6}
      (tn:Transaction)-[rn:TO]->(a0)
WHERE tn.timestamp <= t0.timestamp + duration({seconds: toInteger($maxCycleDays * 86400)})
  AND (rn.caseId IS NULL OR rn.caseId IN $visibleCaseIds)
  AND $minAccounts <= size(ai) + 2 <= $maxAccounts
  AND NOT a0 IN ai AND NOT a1 IN ai
  AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
WITH a0, [a0, a1] + ai AS accounts, [t0, t1] + tj AS hops
WITH a0, accounts, hops,
     [k IN range(0, size(hops) - 1) | {type: 'TRANSFER', id: hops[k].id, from: accounts[k].id,
       to: accounts[(k + 1) % size(accounts)].id, amountUsd: hops[k].amountUsd, at: hops[k].timestamp}] AS links
RETURN a0.id AS subjectId,
       'MONEY_CYCLE' AS pattern,
       size(accounts) AS score,
       [x IN accounts | x.id] AS flagged,
       [t IN hops | t.id] AS evidenceNodes,
       links AS evidenceLinks,
       [x IN accounts | x.id] AS accounts,
       [t IN hops | t.id] AS transactions,
       [t IN hops | t.amountUsd] AS amountsUsd,
       hops[0].timestamp AS startedAt,
       hops[-1].timestamp AS endedAt,
       hops[-1].amountUsd / hops[0].amountUsd AS retained
ORDER BY startedAt, subjectId
LIMIT $limit
