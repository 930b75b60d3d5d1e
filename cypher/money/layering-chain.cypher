// @name        layering-chain
// @title       Layering chain: a long chronological chain of transfers
// @description A path of at least minHops transfers over distinct accounts a0 → a1 → … → ak, each
//              transfer strictly later than the previous one and at most maxHopDays after it, each
//              keeping between minRetention and maxRetention of the previous amount, the first at
//              least minAmountUsd. The chain is taken from its start: a0 received no transfer in the
//              maxHopDays before the first hop that would qualify as a previous hop. Chains are
//              searched up to maxHops (at most 10, a fixed hop bound of the pattern); each start is
//              reported once, with its longest chain.
// @pattern     MONEY_LAYERING_CHAIN
// @source      TYPOLOGIES.md §2.3 A8 (AMLSim "random", AMLworld layering); defaults from the demo's
//              ground truth rules (5 to 10 hops, 3 days, retention 0.9–1, 10,000 USD).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- the first transfer is at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- the first transfer is before this instant
// @param       minHops: integer = 5 [1, 10] -- fewest transfers in the chain
// @param       maxHops: integer = 10 [1, 10] -- longest chain searched, transfers
// @param       maxHopDays: float = 3 [0.01, 365] -- longest wait between one transfer and the next, days
// @param       minRetention: float = 0.9 [0, 1] -- each transfer is at least this share of the previous one
// @param       maxRetention: float = 1 [0, 10] -- each transfer is at most this multiple of the previous one
// @param       minAmountUsd: float = 10000 [0, 1e12] -- smallest first transfer, USD
// @param       limit: integer = 100 [1, 10000] -- most chains returned
// @returns     One row per starting account: subjectId (a0), pattern, score (transfers in its longest
//              chain), flagged (the accounts of the chain), evidenceNodes, evidenceLinks (the transfers
//              in order, with amounts and times), accounts, transactions, amountsUsd, startedAt, endedAt.
// Chains of two or more transfers: the first two, t0 from a0 into a1 and t1 out of a1, are paired
// per account a1 in memory, from money flows: t0 can open a chain only if something left a1
// within maxHopDays of it, so only flows whose least dwell allows that are read (an index seek),
// and of them only such transfers. Each such account's flows out are read once, as times and
// amounts. Only the few pairs in time order and retention are looked up as nodes and followed on
// through the traversal; flows are visible only when all their transfers are.
CALL () {
  MATCH (f:MoneyFlow)
  WHERE f.minDwell <= $maxHopDays * 86400 AND $maxHops >= 2
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
            AND (tj.caseId IS NULL OR tj.caseId IN $visibleCaseIds)){0,8}
        (tn:Transaction)-[rn:TO]->(ak:BankAccount)
  WHERE $minHops <= size(ai) + 2 <= $maxHops
    AND (rn.caseId IS NULL OR rn.caseId IN $visibleCaseIds)
    AND (ak.caseId IS NULL OR ak.caseId IN $visibleCaseIds)
    AND NOT a0 IN ai AND NOT a1 IN ai AND ak <> a0 AND ak <> a1 AND NOT ak IN ai
    AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
  RETURN a0, t0, [a0, a1] + ai + [ak] AS accounts, [t0, t1] + tj AS hops
  UNION ALL
  // Chains of a single transfer, only read when minHops allows them.
  UNWIND CASE WHEN $minHops <= 1 THEN [true] ELSE [] END AS single
  MATCH (a0:BankAccount)-[s0:SENT]->(t0:Transaction)-[r0:TO]->(ak:BankAccount)
  WHERE t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until)
    AND t0.amountUsd >= $minAmountUsd AND ak <> a0
    AND (a0.caseId IS NULL OR a0.caseId IN $visibleCaseIds)
    AND (s0.caseId IS NULL OR s0.caseId IN $visibleCaseIds)
    AND (t0.caseId IS NULL OR t0.caseId IN $visibleCaseIds)
    AND (r0.caseId IS NULL OR r0.caseId IN $visibleCaseIds)
    AND (ak.caseId IS NULL OR ak.caseId IN $visibleCaseIds)
  RETURN a0, t0, [a0, ak] AS accounts, [t0] AS hops
}
// Only now, for the few chains long enough, check that the chain is taken from its start.
WITH a0, t0, collect({accounts: accounts, hops: hops}) AS chains
WHERE NOT EXISTS {
    MATCH (:BankAccount)-[:SENT]->(x:Transaction)-[rx:TO]->(a0)
    WHERE x.timestamp < t0.timestamp <= x.timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
      AND $minRetention * x.amountUsd <= t0.amountUsd <= $maxRetention * x.amountUsd
      AND (x.caseId IS NULL OR x.caseId IN $visibleCaseIds)
      AND (rx.caseId IS NULL OR rx.caseId IN $visibleCaseIds)
  }
UNWIND chains AS chain
WITH a0, chain.accounts AS accounts, chain.hops AS hops
ORDER BY size(hops) DESC, hops[0].timestamp
WITH a0, head(collect({accounts: accounts, hops: hops})) AS best
WITH a0, best.accounts AS accounts, best.hops AS hops
WITH a0, accounts, hops,
     [k IN range(0, size(hops) - 1) | {type: 'TRANSFER', id: hops[k].id, from: accounts[k].id, to: accounts[k + 1].id,
       amountUsd: hops[k].amountUsd, at: hops[k].timestamp}] AS links
RETURN a0.id AS subjectId,
       'MONEY_LAYERING_CHAIN' AS pattern,
       size(hops) AS score,
       [x IN accounts | x.id] AS flagged,
       [t IN hops | t.id] AS evidenceNodes,
       links AS evidenceLinks,
       [x IN accounts | x.id] AS accounts,
       [t IN hops | t.id] AS transactions,
       [t IN hops | t.amountUsd] AS amountsUsd,
       hops[0].timestamp AS startedAt,
       hops[-1].timestamp AS endedAt
ORDER BY score DESC, startedAt, subjectId
LIMIT $limit
