// @name        rapid-pass-through
// @title       Rapid pass-through: money in and straight out again
// @description An account with at least minEvents pass-through events. An event is an incoming
//              transfer or cash deposit of at least minInflowUsd followed, within maxHours, by
//              outgoing transfers and cash withdrawals of the same account totalling at least
//              minPassThrough of it: the account holds money for hours, not days, as a mule or a
//              layering account does.
// @pattern     MONEY_RAPID_PASS_THROUGH
// @source      TYPOLOGIES.md §2.3 A10 (Neo4j AML money queries, "fast in, fast out"); defaults
//              from the demo's ground truth rules (5,000 USD, 48 hours, 80 %, 3 events).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- inflows at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- inflows before this instant
// @param       minInflowUsd: float = 5000 [0, 1e12] -- smallest inflow that can open an event, USD
// @param       maxHours: float = 48 [0.1, 8760] -- outflows counted within this many hours after the inflow
// @param       minPassThrough: float = 0.8 [0, 10] -- outflows are at least this share of the inflow
// @param       minEvents: integer = 3 [1, 10000] -- fewest events
// @param       limit: integer = 100 [1, 10000] -- most accounts returned
// @returns     One row per account: subjectId (the account), pattern, score (events), flagged (the
//              account and its counterparties), evidenceNodes, evidenceLinks (each inflow and the
//              outflows after it, with amounts and times), events (inflow ids), passedUsd (sum of
//              the event inflows), forwardedUsd.
// The accounts to examine: an event needs money out within maxHours of its inflow, so with
// minPassThrough above 0 only accounts with at least minEvents inflows whose dwell (money flows:
// the time until the account next sent money) is that short can qualify; they come from an index
// seek on the flows' least dwell. Only with minPassThrough 0 is every account examined.
CALL () {
  MATCH (f:MoneyFlow)
  WHERE $minPassThrough > 0 AND f.minDwell <= $maxHours * 3600
  WITH f.to AS id, f {.at, .usd, .dwell} AS f
  WITH id, size([k IN range(0, size(f.at) - 1)
                 WHERE 0 <= f.dwell[k] <= $maxHours * 3600 AND f.usd[k] >= $minInflowUsd
                   AND datetime($from) <= f.at[k] < datetime($until)]) AS quick
  WITH id, sum(quick) AS quick
  WHERE quick >= $minEvents
  MATCH (a:Entity {id: id}) WHERE a:BankAccount
  RETURN a
  UNION
  UNWIND CASE WHEN $minPassThrough <= 0 THEN [true] ELSE [] END AS everyAccount
  MATCH (a:BankAccount)
  RETURN a
}
WITH a
WHERE (a.caseId IS NULL OR a.caseId IN $visibleCaseIds)
  AND EXISTS { (a)-[:SENT]->(:Transaction) }
  AND COUNT { (a)<-[:TO]-() } >= $minEvents
// Each account's inflows and outflows are read once, as references with their time and amount,
// and paired in memory; counterparties and ids are read only for the inflows that pair.
CALL (a) {
  MATCH (a)<-[r:TO]-(tin:Transaction)
  WHERE tin.amountUsd >= $minInflowUsd
    AND tin.timestamp >= datetime($from) AND tin.timestamp < datetime($until)
    AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
    AND (tin.caseId IS NULL OR tin.caseId IN $visibleCaseIds)
  WITH tin, tin.timestamp AS at
  RETURN collect({t: tin, at: at, usd: tin.amountUsd}) AS ins, min(at) AS firstAt, max(at) AS lastAt
}
WITH a, ins, firstAt, lastAt, duration({seconds: toInteger($maxHours * 3600)}) AS within
WHERE size(ins) >= $minEvents
CALL (a, firstAt, lastAt, within) {
  MATCH (a)-[s:SENT]->(tout:Transaction)
  WHERE (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
    AND (tout.caseId IS NULL OR tout.caseId IN $visibleCaseIds)
  WITH tout, tout.timestamp AS at
  WHERE firstAt < at <= lastAt + within
  RETURN collect({t: tout, at: at}) AS outs
}
UNWIND ins AS i
WITH a, i, outs, i.at + within AS until
WITH a, i, [o IN outs WHERE i.at < o.at <= until | o.t] AS after
// An inflow with nothing after it is an event only when nothing has to be passed on.
WHERE size(after) > 0 OR $minPassThrough * i.usd <= 0
CALL (a, after) {
  UNWIND after AS tout
  OPTIONAL MATCH (tout)-[ro:TO]->(dst:BankAccount)
  WHERE (ro.caseId IS NULL OR ro.caseId IN $visibleCaseIds) AND (dst.caseId IS NULL OR dst.caseId IN $visibleCaseIds)
  RETURN collect({type: CASE WHEN dst IS NULL THEN 'WITHDRAWAL' ELSE 'TRANSFER' END, id: tout.id, from: a.id,
                  to: coalesce(dst.id, tout.id), amountUsd: tout.amountUsd, at: tout.timestamp}) AS following
}
WITH a, i.t AS tin, following, reduce(total = 0.0, o IN following | total + o.amountUsd) AS outUsd
OPTIONAL MATCH (tin)<-[si:SENT]-(src:BankAccount)
WHERE (si.caseId IS NULL OR si.caseId IN $visibleCaseIds) AND (src.caseId IS NULL OR src.caseId IN $visibleCaseIds)
WITH a, {type: CASE WHEN src IS NULL THEN 'DEPOSIT' ELSE 'TRANSFER' END, id: tin.id, from: coalesce(src.id, tin.id),
         to: a.id, amountUsd: tin.amountUsd, at: tin.timestamp} AS inflow, following, outUsd
WHERE outUsd >= $minPassThrough * inflow.amountUsd
ORDER BY inflow.at
WITH a, collect(inflow) AS inflows, sum(inflow.amountUsd) AS passedUsd, sum(outUsd) AS forwardedUsd,
     reduce(acc = [], f IN collect(following) | acc + f) AS outflows
WHERE size(inflows) >= $minEvents
WITH a, inflows, passedUsd, forwardedUsd,
     reduce(acc = [], m IN outflows | CASE WHEN m.id IN [x IN acc | x.id] THEN acc ELSE acc + m END) AS outflows
WITH a, inflows, passedUsd, forwardedUsd, inflows + outflows AS links
RETURN a.id AS subjectId,
       'MONEY_RAPID_PASS_THROUGH' AS pattern,
       size(inflows) AS score,
       [a.id] + reduce(acc = [], l IN links | CASE WHEN l.type <> 'TRANSFER' OR l.from = a.id AND l.to IN acc OR l.to = a.id AND l.from IN acc THEN acc
                                                  WHEN l.from = a.id THEN acc + l.to ELSE acc + l.from END) AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       [l IN inflows | l.id] AS events,
       passedUsd,
       forwardedUsd
ORDER BY score DESC, passedUsd DESC, subjectId
LIMIT $limit
