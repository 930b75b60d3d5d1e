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
MATCH (m:BankAccount)
WHERE (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
  AND COUNT { (m)<-[:TO]-() } > 0 AND COUNT { (m)-[:SENT]->() } > 0
// Each candidate intermediary's transfers out are read once, as references with their time and
// amount; each transfer in is paired with them in memory, and only the few that pair are checked
// for visibility and followed to their sender and their second legs to the receivers.
CALL (m) {
  MATCH (m)-[s2:SENT]->(t2:Transaction)
  RETURN collect({t: t2, at: t2.timestamp, usd: t2.amountUsd}) AS outs
}
WITH m, outs, duration({seconds: toInteger($maxHopDays * 86400)}) AS hop
WHERE size(outs) > 0
MATCH (m)<-[r1:TO]-(t1:Transaction)
WHERE t1.timestamp >= datetime($from) AND t1.timestamp < datetime($until)
WITH m, outs, r1, t1, t1.timestamp AS at, t1.amountUsd AS usd, t1.timestamp + hop AS last,
     $minRetention * t1.amountUsd AS low, $maxRetention * t1.amountUsd AS high
WITH m, r1, t1, at, usd, [x IN outs WHERE at < x.at <= last AND low <= x.usd <= high] AS after
WHERE size(after) > 0
WITH m, t1, at, usd, after
WHERE (r1.caseId IS NULL OR r1.caseId IN $visibleCaseIds)
  AND (t1.caseId IS NULL OR t1.caseId IN $visibleCaseIds)
MATCH (o:BankAccount)-[s1:SENT]->(t1)
WHERE o <> m
  AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds)
  AND (s1.caseId IS NULL OR s1.caseId IN $visibleCaseIds)
CALL (m, o, after) {
  UNWIND after AS x
  WITH x, x.t AS t2
  MATCH (m)-[s2:SENT]->(t2)-[r2:TO]->(b:BankAccount)
  WHERE b <> m AND b <> o
    AND (s2.caseId IS NULL OR s2.caseId IN $visibleCaseIds)
    AND (t2.caseId IS NULL OR t2.caseId IN $visibleCaseIds)
    AND (r2.caseId IS NULL OR r2.caseId IN $visibleCaseIds)
    AND (b.caseId IS NULL OR b.caseId IN $visibleCaseIds)
  RETURN collect({type: 'TRANSFER', id: t2.id, from: m.id, to: b.id, amountUsd: x.usd, at: x.at}) AS seconds
}
WITH m, {type: 'TRANSFER', id: t1.id, from: o.id, to: m.id, amountUsd: usd, at: at} AS first, seconds
WHERE size(seconds) > 0
UNWIND seconds AS second
WITH first.from AS o, second.to AS b, m, first, collect(second) AS seconds
ORDER BY first.at
// One leg per intermediary: its earliest first transfer towards this sink.
WITH o, b, m, head(collect({first: first, seconds: seconds})) AS leg
WITH o, b, collect({mid: m.id, first: leg.first, seconds: leg.seconds}) AS mids
WHERE size(mids) >= $minIntermediaries
WITH o, b, mids, reduce(total = 0.0, x IN mids | total + x.first.amountUsd) AS scatteredUsd
WHERE scatteredUsd >= $minTotalUsd
WITH o, b, mids, scatteredUsd, [x IN mids | x.first] + reduce(acc = [], x IN mids | acc + x.seconds) AS links
RETURN o AS subjectId,
       'MONEY_SCATTER_GATHER' AS pattern,
       size(mids) AS score,
       [o] + [x IN mids | x.mid] + [b] AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       b AS sink,
       [x IN mids | x.mid] AS intermediaries,
       scatteredUsd,
       reduce(total = 0.0, x IN mids | total + reduce(s = 0.0, t IN x.seconds | s + t.amountUsd)) AS gatheredUsd
ORDER BY score DESC, scatteredUsd DESC, subjectId
LIMIT $limit
