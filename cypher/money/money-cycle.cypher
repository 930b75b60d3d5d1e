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
// The first two transfers, t0 from a0 into a1 and t1 out of a1, are paired per account a1 in
// memory, from money flows: t0 can open a cycle only if something left a1 within maxHopDays of it,
// so only flows whose least dwell allows that are read (an index seek), and of them only such
// transfers. Each such account's flows out are read once, as times and amounts. Only the few
// pairs in time order and retention are looked up as nodes and followed on through the
// traversal; flows are visible only when all their transfers are.
MATCH (f:MoneyFlow)
WHERE f.minDwell <= $maxHopDays * 86400
  AND f.from <> f.to AND f.last >= datetime($from) AND f.first < datetime($until)
  AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH f.from AS sender, f.to AS receiver, f {.ids, .at, .usd, .dwell} AS f
UNWIND [k IN range(0, size(f.ids) - 1)
        WHERE 0 <= f.dwell[k] <= $maxHopDays * 86400 AND f.usd[k] >= $minAmountUsd
          AND datetime($from) <= f.at[k] < datetime($until)
        | {sender: sender, id: f.ids[k], at: f.at[k], usd: f.usd[k]}] AS i
WITH receiver, collect(i) AS ins, min(i.at) AS firstAt,
     max(i.at) + duration({seconds: toInteger($maxHopDays * 86400)}) AS lastAt,
     $minRetention * min(i.usd) AS low, $maxRetention * max(i.usd) AS high
CALL (receiver, firstAt, lastAt, low, high) {
  MATCH (g:MoneyFlow {from: receiver})
  WHERE g.to <> receiver AND g.last > firstAt AND g.first <= lastAt
    AND all(c IN g.caseIds WHERE c IN $visibleCaseIds)
  WITH g {.ids, .at, .usd} AS g
  // Only transfers that could follow one of the transfers in, by time and amount, are paired.
  UNWIND [k IN range(0, size(g.ids) - 1)
          WHERE firstAt < g.at[k] <= lastAt AND low <= g.usd[k] <= high
          | {id: g.ids[k], at: g.at[k], usd: g.usd[k]}] AS o
  RETURN collect(o) AS outs
}
UNWIND ins AS i
WITH receiver, i, outs, i.at + duration({seconds: toInteger($maxHopDays * 86400)}) AS last,
     $minRetention * i.usd AS low, $maxRetention * i.usd AS high
UNWIND [o IN outs WHERE i.at < o.at <= last AND low <= o.usd <= high] AS o
MATCH (a0:Entity {id: i.sender}), (a1:Entity {id: receiver}), (t0:Entity {id: i.id}), (t1:Entity {id: o.id})
WITH a0, a1, t0, t1
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
