// @name        round-tripping
// @title       Round-tripping through other jurisdictions
// @description Money that leaves an account and, through 2 to maxHops chronological transfers
//              (each strictly later than the previous one and at most maxHopDays after it, each
//              keeping between minRetention and all of the previous amount, the first at least
//              minAmountUsd), reaches a different account in the same country after passing an
//              account in another country — where one person controls both ends: holds the
//              account, or reaches its holder through OWNS or DIRECTOR_OF links of at most
//              maxControlHops. Funds come home dressed as a loan or an investment.
// @pattern     MONEY_ROUND_TRIPPING
// @source      TYPOLOGIES.md §2.3 A11 (round-tripping through related entities; FATF/Egmont TBML
//              indicators); defaults from the demo's ground truth rules (4 hops, 30 days, 80 %,
//              50,000 USD, 2 control links).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- the first transfer is at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- the first transfer is before this instant
// @param       maxHops: integer = 4 [2, 4] -- most transfers on the way out and back
// @param       maxHopDays: float = 30 [0.01, 365] -- longest wait between one transfer and the next, days
// @param       minRetention: float = 0.8 [0, 1] -- each transfer is at least this share of the previous one
// @param       minAmountUsd: float = 50000 [0, 1e12] -- smallest first transfer, USD
// @param       maxControlHops: integer = 2 [0, 3] -- most OWNS/DIRECTOR_OF links from the person to an account holder
// @param       limit: integer = 100 [1, 10000] -- most round trips returned
// @returns     One row per person and round trip: subjectId (the person controlling both ends),
//              pattern, score (USD that came back), flagged (person, the two ends' holders and the
//              accounts), evidenceNodes, evidenceLinks (the transfers, with amounts and times, and the
//              control links), accounts, countries, sentUsd, returnedUsd.
// Who could close a round trip first: the accounts each person controls within maxControlHops,
// per country; only the ones a person controls together with another account of the same country
// can start a round trip, and only those others can end it. From each such start account the
// first two transfers, t0 from a1 into the first intermediary m and t1 out of it, are paired per
// account m in memory, from money flows: t0 is taken only if something left m within maxHopDays
// of it. Only the few pairs in time order and retention are looked up as nodes and go on to the
// traversal; flows are visible only when all their transfers are.
MATCH c = (p:Person)-[:OWNS|DIRECTOR_OF]->{0,3}(h)-[:HOLDS_ACCOUNT]->(a:BankAccount)
WHERE length(c) - 1 <= $maxControlHops
  AND all(n IN nodes(c) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
  AND all(r IN relationships(c) WHERE r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
WITH p, a.country AS country, collect(DISTINCT a.id) AS accounts
WHERE size(accounts) >= 2
UNWIND accounts AS start
WITH start, [id IN accounts WHERE id <> start] AS ends
UNWIND ends AS end
WITH start, collect(DISTINCT end) AS ends
MATCH (f:MoneyFlow {from: start})
WHERE f.minDwell <= $maxHopDays * 86400
  AND f.to <> start AND f.last >= datetime($from) AND f.first < datetime($until)
  AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH start, ends, f.to AS receiver, f {.ids, .at, .usd, .dwell} AS f
UNWIND [k IN range(0, size(f.ids) - 1)
        WHERE 0 <= f.dwell[k] <= $maxHopDays * 86400 AND f.usd[k] >= $minAmountUsd
          AND datetime($from) <= f.at[k] < datetime($until)
        | {sender: start, ends: ends, id: f.ids[k], at: f.at[k], usd: f.usd[k]}] AS i
WITH receiver, collect(i) AS ins, min(i.at) AS firstAt,
     max(i.at) + duration({seconds: toInteger($maxHopDays * 86400)}) AS lastAt,
     $minRetention * min(i.usd) AS low, max(i.usd) AS high
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
     $minRetention * i.usd AS low, i.usd AS high
UNWIND [o IN outs WHERE i.at < o.at <= last AND low <= o.usd <= high] AS o
MATCH (a1:Entity {id: i.sender}), (m:Entity {id: receiver}), (t0:Entity {id: i.id}), (t1:Entity {id: o.id})
WITH a1, t0, m, t1, i.ends AS ends
MATCH (t1)
      ((ti:Transaction)-[ri:TO]->(ai:BankAccount)-[si:SENT]->(tj:Transaction)
        WHERE ti.timestamp < tj.timestamp <= ti.timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
          AND $minRetention * ti.amountUsd <= tj.amountUsd <= ti.amountUsd
          AND (ai.caseId IS NULL OR ai.caseId IN $visibleCaseIds)
          AND (ri.caseId IS NULL OR ri.caseId IN $visibleCaseIds)
          AND (si.caseId IS NULL OR si.caseId IN $visibleCaseIds)
          AND (tj.caseId IS NULL OR tj.caseId IN $visibleCaseIds)){0,2}
      (tn:Transaction)-[rn:TO]->(a2:BankAccount)
WHERE size(ai) + 2 <= $maxHops
  AND a2.id IN ends
  AND (m.country <> a1.country OR any(x IN ai WHERE x.country <> a1.country))
  AND NOT a1 IN ai AND a2 <> m AND NOT a2 IN ai AND NOT m IN ai
  AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
  AND (rn.caseId IS NULL OR rn.caseId IN $visibleCaseIds)
  AND (a2.caseId IS NULL OR a2.caseId IN $visibleCaseIds)
WITH a1, a2, [m] + ai AS ai, [t0, t1] + tj AS hops
// Who controls each end: a person holding it, or owning or directing its holder within maxControlHops.
MATCH c1 = (p:Person)-[:OWNS|DIRECTOR_OF]->{0,3}(h1)-[:HOLDS_ACCOUNT]->(a1)
WHERE length(c1) - 1 <= $maxControlHops
  AND all(n IN nodes(c1) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
  AND all(r IN relationships(c1) WHERE r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
MATCH c2 = (p)-[:OWNS|DIRECTOR_OF]->{0,3}(h2)-[:HOLDS_ACCOUNT]->(a2)
WHERE length(c2) - 1 <= $maxControlHops
  AND all(n IN nodes(c2) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
  AND all(r IN relationships(c2) WHERE r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
WITH p, a1, a2, ai, hops, h1, h2,
     head(collect(relationships(c1))) AS control1, head(collect(relationships(c2))) AS control2
WITH p, a1, a2, ai, hops, h1, h2, control1 + control2 AS control, [a1] + ai + [a2] AS accounts
WITH p, hops, h1, h2, accounts,
     [k IN range(0, size(hops) - 1) | {type: 'TRANSFER', id: hops[k].id, from: accounts[k].id, to: accounts[k + 1].id,
       amountUsd: hops[k].amountUsd, at: hops[k].timestamp}] +
     [r IN control | {type: type(r), from: startNode(r).id, to: endNode(r).id, share: r.share}] AS links
RETURN p.id AS subjectId,
       'MONEY_ROUND_TRIPPING' AS pattern,
       hops[-1].amountUsd AS score,
       reduce(acc = [p.id], x IN [h1.id, h2.id] + [a IN accounts | a.id] | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       [t IN hops | t.id] AS evidenceNodes,
       links AS evidenceLinks,
       [a IN accounts | a.id] AS accounts,
       [a IN accounts | a.country] AS countries,
       hops[0].amountUsd AS sentUsd,
       hops[-1].amountUsd AS returnedUsd
ORDER BY score DESC, subjectId
LIMIT $limit
