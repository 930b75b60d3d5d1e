// @name        scatter-gather
// @title       Scatter-gather: one source, many intermediaries, one sink
// @description A source account that pays at least minIntermediaries distinct accounts, each of
//              which passes the money on to the same sink account: the second transfer strictly
//              later than the first, at most maxHopDays after it, and between minRetention and
//              maxRetention of its amount. The first legs total at least minTotalUsd (one per
//              intermediary, its earliest). Splitting a sum over mules who reunite it abroad hides
//              the link between payer and payee.
// @pattern     MONEY_SCATTER_GATHER
// @source      TYPOLOGIES.md §2.3 A6 (AMLSim scatter-gather, AMLworld); defaults from the demo's
//              ground truth rules (3 intermediaries, 3 days, retention 0.8–1, 20,000 USD).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- first legs at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- first legs before this instant
// @param       minIntermediaries: integer = 3 [2, 1000] -- fewest distinct intermediary accounts
// @param       maxHopDays: float = 3 [0.01, 365] -- longest wait between a first and a second leg, days
// @param       minRetention: float = 0.8 [0, 1] -- each second leg is at least this share of its first leg
// @param       maxRetention: float = 1 [0, 10] -- each second leg is at most this multiple of its first leg
// @param       minTotalUsd: float = 20000 [0, 1e12] -- smallest total of the first legs, USD
// @param       limit: integer = 100 [1, 10000] -- most source–sink pairs returned
// @returns     One row per source and sink: subjectId (the source account), pattern, score (number
//              of intermediaries), flagged (source, intermediaries, sink), evidenceNodes,
//              evidenceLinks (both legs through each intermediary, with amounts and times), sink,
//              intermediaries, scatteredUsd, gatheredUsd.
MATCH (o:BankAccount)-[s1:SENT]->(t1:Transaction)-[r1:TO]->(m:BankAccount)
WHERE t1.timestamp >= datetime($from) AND t1.timestamp < datetime($until)
  AND m <> o
  AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds)
  AND (s1.caseId IS NULL OR s1.caseId IN $visibleCaseIds)
  AND (t1.caseId IS NULL OR t1.caseId IN $visibleCaseIds)
  AND (r1.caseId IS NULL OR r1.caseId IN $visibleCaseIds)
  AND (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
MATCH (m)-[s2:SENT]->(t2:Transaction)-[r2:TO]->(b:BankAccount)
WHERE t1.timestamp < t2.timestamp <= t1.timestamp + duration({seconds: toInteger($maxHopDays * 86400)})
  AND $minRetention * t1.amountUsd <= t2.amountUsd <= $maxRetention * t1.amountUsd
  AND b <> o AND b <> m
  AND (s2.caseId IS NULL OR s2.caseId IN $visibleCaseIds)
  AND (t2.caseId IS NULL OR t2.caseId IN $visibleCaseIds)
  AND (r2.caseId IS NULL OR r2.caseId IN $visibleCaseIds)
  AND (b.caseId IS NULL OR b.caseId IN $visibleCaseIds)
WITH o, b, m, t1, collect(t2) AS seconds
ORDER BY t1.timestamp
WITH o, b, m, collect({first: t1, seconds: seconds}) AS legs
WITH o, b, m, legs[0] AS leg
WITH o, b, collect({mid: m, first: leg.first, seconds: leg.seconds}) AS mids
WHERE size(mids) >= $minIntermediaries
WITH o, b, mids, reduce(total = 0.0, x IN mids | total + x.first.amountUsd) AS scatteredUsd
WHERE scatteredUsd >= $minTotalUsd
WITH o, b, mids, scatteredUsd,
     [x IN mids | {type: 'TRANSFER', id: x.first.id, from: o.id, to: x.mid.id, amountUsd: x.first.amountUsd, at: x.first.timestamp}] +
     reduce(acc = [], x IN mids | acc + [t IN x.seconds | {type: 'TRANSFER', id: t.id, from: x.mid.id, to: b.id, amountUsd: t.amountUsd, at: t.timestamp}]) AS links
RETURN o.id AS subjectId,
       'MONEY_SCATTER_GATHER' AS pattern,
       size(mids) AS score,
       [o.id] + [x IN mids | x.mid.id] + [b.id] AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       b.id AS sink,
       [x IN mids | x.mid.id] AS intermediaries,
       scatteredUsd,
       reduce(total = 0.0, x IN mids | total + reduce(s = 0.0, t IN x.seconds | s + t.amountUsd)) AS gatheredUsd
ORDER BY score DESC, scatteredUsd DESC, subjectId
LIMIT $limit
