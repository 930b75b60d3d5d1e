// @name        gather-scatter
// @title       Gather-scatter: many pay a hub, which then pays many others
// @description A hub account that, up to one of its incoming transfers at time T, received
//              transfers from at least minSenders distinct accounts within gatherWindowDays, and
//              within scatterWithinDays after T sent transfers to at least minReceivers distinct
//              accounts that are not among the senders, passing on between minRetention and
//              maxRetention of what it received (at least minTotalUsd). A collection point that
//              redistributes at once breaks the trail between those who pay and those who get.
// @pattern     MONEY_GATHER_SCATTER
// @source      TYPOLOGIES.md §2.3 A7 (AMLSim gather-scatter; Neo4j AML "small deposits:
//              concentration"); defaults from the demo's ground truth rules (7 and 3 days, 3 senders
//              and 3 receivers, retention 0.8–1, 20,000 USD).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- T is at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- T is before this instant
// @param       gatherWindowDays: float = 7 [0.01, 365] -- incoming transfers counted within this many days up to T
// @param       scatterWithinDays: float = 3 [0.01, 365] -- outgoing transfers counted within this many days after T
// @param       minSenders: integer = 3 [2, 10000] -- fewest distinct senders
// @param       minReceivers: integer = 3 [2, 10000] -- fewest distinct receivers (none of them a sender)
// @param       minRetention: float = 0.8 [0, 10] -- sent total is at least this share of the received total
// @param       maxRetention: float = 1 [0, 10] -- sent total is at most this multiple of the received total
// @param       minTotalUsd: float = 20000 [0, 1e12] -- smallest received total, USD
// @param       limit: integer = 100 [1, 10000] -- most hubs returned
// @returns     One row per hub: subjectId (the hub account), pattern, score (senders + receivers),
//              flagged (hub, senders, receivers), evidenceNodes, evidenceLinks (the transfers in and
//              out, with amounts and times), senders, receivers, receivedUsd, sentUsd, pivotAt (T).
// Degrees and then the times of all transfers out screen the hubs cheaply: a hub whose transfers
// out never bunch minReceivers within scatterWithinDays has no pivot that could qualify.
// A hub needs minReceivers flows out and minSenders flows in (one per counterparty, or per case
// scope: a cheap upper bound); only then are its flows unrolled into transfers in time order, each
// flow's lists read once into a map.
MATCH (f:MoneyFlow)
WHERE f.from IS NOT NULL AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH f.from AS h, collect(f) AS outFlows
WHERE size(outFlows) >= $minReceivers
MATCH (g:MoneyFlow {to: h})
WHERE g.from IS NOT NULL AND all(c IN g.caseIds WHERE c IN $visibleCaseIds)
WITH h, outFlows, collect(g) AS inFlows
WHERE size(inFlows) >= $minSenders
CALL (outFlows) {
  UNWIND outFlows AS flow
  WITH flow {.from, .to, .ids, .at, .usd} AS f
  UNWIND range(0, size(f.ids) - 1) AS i
  WITH f, i ORDER BY f.at[i]
  RETURN collect({type: 'TRANSFER', id: f.ids[i], from: f.from, to: f.to, amountUsd: f.usd[i], at: f.at[i]}) AS outs
}
WITH h, inFlows, outs, duration({seconds: toInteger($gatherWindowDays * 86400)}) AS gather,
     duration({seconds: toInteger($scatterWithinDays * 86400)}) AS scatter
// minReceivers transfers out must fall within scatterWithinDays of each other.
WHERE any(j IN range(0, size(outs) - $minReceivers) WHERE outs[j + $minReceivers - 1].at < outs[j].at + scatter)
CALL (inFlows) {
  UNWIND inFlows AS flow
  WITH flow {.from, .to, .ids, .at, .usd} AS f
  UNWIND range(0, size(f.ids) - 1) AS i
  WITH f, i ORDER BY f.at[i]
  RETURN collect({type: 'TRANSFER', id: f.ids[i], from: f.from, to: f.to, amountUsd: f.usd[i], at: f.at[i]}) AS ins
}
// Likewise minSenders transfers in must fall within gatherWindowDays of each other.
WITH h, ins, outs, gather, scatter
WHERE any(j IN range(0, size(ins) - $minSenders) WHERE ins[j + $minSenders - 1].at <= ins[j].at + gather)
// Every incoming transfer is a candidate pivot T: what came in up to T, what went out after it.
UNWIND [x IN ins WHERE x.at >= datetime($from) AND x.at < datetime($until) | x.at] AS at
WITH h, ins, gather, at, at + scatter AS scatterEnd, outs
WITH h, ins, gather, at, [x IN outs WHERE at < x.at <= scatterEnd] AS later
WHERE size(later) >= $minReceivers
WITH h, at, later, [x IN ins WHERE at - gather <= x.at <= at] AS got
WITH h, at, got, later,
     reduce(acc = [], x IN got | CASE WHEN x.from IN acc THEN acc ELSE acc + x.from END) AS senders
WITH h, at, got, senders, [x IN later WHERE NOT x.to IN senders] AS sent
WITH h, at, got, senders, sent,
     reduce(acc = [], x IN sent | CASE WHEN x.to IN acc THEN acc ELSE acc + x.to END) AS receivers,
     reduce(total = 0.0, x IN got | total + x.amountUsd) AS receivedUsd,
     reduce(total = 0.0, x IN sent | total + x.amountUsd) AS sentUsd
WHERE size(senders) >= $minSenders AND size(receivers) >= $minReceivers
  AND receivedUsd >= $minTotalUsd
  AND $minRetention * receivedUsd <= sentUsd <= $maxRetention * receivedUsd
WITH h, at, senders, receivers, receivedUsd, sentUsd, got + sent AS links
ORDER BY size(senders) + size(receivers) DESC, receivedUsd DESC, at
WITH h, head(collect({at: at, senders: senders, receivers: receivers, receivedUsd: receivedUsd, sentUsd: sentUsd, links: links})) AS best
RETURN h AS subjectId,
       'MONEY_GATHER_SCATTER' AS pattern,
       size(best.senders) + size(best.receivers) AS score,
       [h] + best.senders + best.receivers AS flagged,
       [l IN best.links | l.id] AS evidenceNodes,
       best.links AS evidenceLinks,
       best.senders AS senders,
       best.receivers AS receivers,
       best.receivedUsd AS receivedUsd,
       best.sentUsd AS sentUsd,
       best.at AS pivotAt
ORDER BY score DESC, receivedUsd DESC, subjectId
LIMIT $limit
