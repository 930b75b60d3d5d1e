// @name        structuring
// @title       Structuring: cash deposits just under the reporting threshold
// @description An account receiving at least minDeposits cash deposits of between lowerFraction
//              and 100 % of thresholdUsd (the threshold itself excluded), all within windowDays of
//              the first of them: cash split to stay under the reporting threshold. One depositor
//              (structuring) or several (smurfing) alike; the depositors are listed.
// @pattern     MONEY_STRUCTURING
// @source      TYPOLOGIES.md §2.3 A9 (Neo4j AML money queries; US CTR 10,000 USD, UAE DPMS, FATF
//              gold report Belgian case); defaults from the demo's ground truth rules.
// @param       from: datetime = "2019-01-01T00:00:00Z" -- deposits at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- deposits before this instant
// @param       thresholdUsd: float = 10000 [1, 1e9] -- the reporting threshold, USD
// @param       lowerFraction: float = 0.8 [0, 1] -- deposits of at least this share of the threshold count
// @param       windowDays: float = 10 [0.01, 365] -- all counted deposits fall within this many days of the first
// @param       minDeposits: integer = 3 [2, 10000] -- fewest near-threshold deposits in the window
// @param       limit: integer = 100 [1, 10000] -- most accounts returned
// @returns     One row per account: subjectId (the receiving account), pattern, score (deposits in the
//              busiest window), flagged (the account and the depositors), evidenceNodes, evidenceLinks
//              (each deposit as DEPOSIT from its depositor, with amount and time), deposits (ids),
//              depositors, totalUsd, windowStart, windowEnd.
MATCH (a:BankAccount)<-[r:TO]-(t:Transaction)
WHERE t.amountUsd >= $lowerFraction * $thresholdUsd AND t.amountUsd < $thresholdUsd
  AND t.timestamp >= datetime($from) AND t.timestamp < datetime($until)
  AND t.channel = 'CASH_DEPOSIT'
  AND (a.caseId IS NULL OR a.caseId IN $visibleCaseIds)
  AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
  AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds)
OPTIONAL MATCH (t)-[db:DEPOSITED_BY]->(p:Person)
WHERE (db.caseId IS NULL OR db.caseId IN $visibleCaseIds) AND (p.caseId IS NULL OR p.caseId IN $visibleCaseIds)
WITH a, t, head(collect(p.id)) AS depositor
ORDER BY t.timestamp
WITH a, collect({id: t.id, at: t.timestamp, usd: t.amountUsd, by: depositor}) AS near
WHERE size(near) >= $minDeposits
UNWIND near AS first
WITH a, first.at AS start, first.at + duration({seconds: toInteger($windowDays * 86400)}) AS end, near
WITH a, start, end, [d IN near WHERE start <= d.at <= end] AS inWindow
WHERE size(inWindow) >= $minDeposits
ORDER BY size(inWindow) DESC, start
WITH a, head(collect({start: start, end: end, deposits: inWindow})) AS best
WITH a, best, reduce(acc = [], d IN best.deposits | CASE WHEN d.by IS NULL OR d.by IN acc THEN acc ELSE acc + d.by END) AS depositors
RETURN a.id AS subjectId,
       'MONEY_STRUCTURING' AS pattern,
       size(best.deposits) AS score,
       [a.id] + depositors AS flagged,
       [d IN best.deposits | d.id] AS evidenceNodes,
       [d IN best.deposits | {type: 'DEPOSIT', id: d.id, from: coalesce(d.by, d.id), to: a.id, amountUsd: d.usd, at: d.at}] AS evidenceLinks,
       [d IN best.deposits | d.id] AS deposits,
       depositors,
       reduce(total = 0.0, d IN best.deposits | total + d.usd) AS totalUsd,
       best.start AS windowStart,
       best.end AS windowEnd
ORDER BY score DESC, totalUsd DESC, subjectId
LIMIT $limit
