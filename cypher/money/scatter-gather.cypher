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
// First the shape, from flows alone: source–sink pairs joined through at least
// minIntermediaries accounts. A first leg can only be followed if something left its
// intermediary within maxHopDays, so the search starts from the flows whose least dwell allows
// that (an index seek). Only the pairs' transfers are then unrolled (each flow's lists read once
// into a map) and paired in time.
MATCH (g:MoneyFlow)
WHERE g.minDwell <= $maxHopDays * 86400
  AND g.from <> g.to AND all(c IN g.caseIds WHERE c IN $visibleCaseIds)
WITH g.to AS m, collect(g {.from, .first, .last, flow: g}) AS inFlows
MATCH (f:MoneyFlow {from: m})
WHERE f.to <> m AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH m, inFlows, collect(f {.to, .first, .last, flow: f}) AS outFlows,
     duration({seconds: toInteger($maxHopDays * 86400)}) AS hop, datetime($from) AS opens, datetime($until) AS closes
UNWIND inFlows AS g
UNWIND outFlows AS f
WITH g.from AS o, f.to AS b, m, g, f, hop, opens, closes
// A leg is possible only if some transfer out can follow a transfer in within the hop.
WHERE o <> b AND g.first < f.last AND f.first <= g.last + hop AND g.last >= opens AND g.first < closes
WITH o, b, hop, opens, closes, count(DISTINCT m) AS through, collect({m: m, g: g.flow, f: f.flow}) AS legs
WHERE through >= $minIntermediaries
UNWIND legs AS leg
WITH o, b, hop, opens, closes, leg.m AS m, leg.g AS inFlow, leg.f AS outFlow
WITH o, b, m, hop, opens, closes, inFlow {.ids, .at, .usd, .dwell} AS g, outFlow {.ids, .at, .usd} AS f
// Transfers in that no transfer out of this leg could follow, by its time span and amount range,
// are dropped before they are paired one by one.
WITH o, b, m, f, hop, g, opens, closes, f.at[0] AS outFirst, f.at[-1] AS outLast,
     reduce(x = f.usd[0], u IN f.usd | CASE WHEN u < x THEN u ELSE x END) AS outMin,
     reduce(x = f.usd[0], u IN f.usd | CASE WHEN u > x THEN u ELSE x END) AS outMax
WITH o, b, m, f, hop,
     [i IN range(0, size(g.ids) - 1)
       WHERE opens <= g.at[i] < closes AND 0 <= g.dwell[i] <= $maxHopDays * 86400
         AND g.at[i] < outLast AND outFirst <= g.at[i] + hop
         AND $minRetention * g.usd[i] <= outMax AND outMin <= $maxRetention * g.usd[i] |
       {id: g.ids[i], at: g.at[i], usd: g.usd[i]}] AS ins
UNWIND ins AS in
WITH o, b, m, f, in, in.at + hop AS last, $minRetention * in.usd AS low, $maxRetention * in.usd AS high
WITH o, b, m, in, [i IN range(0, size(f.ids) - 1) WHERE in.at < f.at[i] <= last AND low <= f.usd[i] <= high |
       {type: 'TRANSFER', id: f.ids[i], from: m, to: b, amountUsd: f.usd[i], at: f.at[i]}] AS seconds
WHERE size(seconds) > 0
WITH o, b, m, {type: 'TRANSFER', id: in.id, from: o, to: m, amountUsd: in.usd, at: in.at} AS first, seconds
ORDER BY first.at
// One leg per intermediary: its earliest first transfer towards this sink.
WITH o, b, m, head(collect({first: first, seconds: seconds})) AS leg
WITH o, b, collect({mid: m, first: leg.first, seconds: leg.seconds}) AS mids
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
