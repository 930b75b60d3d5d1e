// @name        fan-in
// @title       Fan-in: many one-off payers into one account
// @description An account that, within windowDays from one of its incoming transfers, receives
//              transfers from at least minCounterparties distinct counterparties totalling at least
//              minTotalUsd: the collection account of smurfs or of a front's "customers". With
//              oneOffCounterpartiesOnly a payer counts only when every transfer it ever sent to
//              this account lies inside the window, so recurring payers (tenants, customers) do not
//              count. Each account is reported once, with its busiest window.
// @pattern     MONEY_FAN_IN
// @source      TYPOLOGIES.md §2.3 A1/A2 (AMLSim fan-in, AMLworld); defaults from the demo's ground
//              truth rules (7 days, 5 payers, 20,000 USD, one-off payers only).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- windows start at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- windows start before this instant
// @param       windowDays: float = 7 [0.01, 365] -- length of the window, days
// @param       minCounterparties: integer = 5 [2, 10000] -- fewest distinct payers in the window
// @param       minTotalUsd: float = 20000 [0, 1e12] -- smallest total received in the window, USD
// @param       oneOffCounterpartiesOnly: boolean = true -- count only payers whose every transfer to the account is in the window
// @param       limit: integer = 100 [1, 10000] -- most accounts returned
// @returns     One row per account: subjectId (the receiving account), pattern, score (payers in the
//              busiest window), flagged (the account and its payers), evidenceNodes, evidenceLinks
//              (the transfers, with amounts and times), payers (account ids), transactions (ids),
//              totalUsd, windowStart, windowEnd.
MATCH (dst:BankAccount)
WHERE (dst.caseId IS NULL OR dst.caseId IN $visibleCaseIds)
  // Enough transfers to reach minCounterparties (a cheap degree test; counterparties are counted below).
  AND COUNT { (dst)<-[:TO]-() } >= $minCounterparties
CALL (dst) {
  MATCH (dst)<-[r:TO]-(t:Transaction)<-[s:SENT]-(src)
  WHERE (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
    AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds)
    AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
  WITH src, min(t.timestamp) AS first, max(t.timestamp) AS last, collect(t) AS transfers
  // The payer is checked once, not once per transfer. A one-off payer is one occurrence spanning
  // all its transfers; otherwise each transfer is one. Payers that cannot count are dropped
  // before their transfers are read.
  WHERE src:BankAccount AND src <> dst AND (src.caseId IS NULL OR src.caseId IN $visibleCaseIds)
    AND (NOT $oneOffCounterpartiesOnly OR last <= first + duration({seconds: toInteger($windowDays * 86400)}))
  WITH src, first, last, [t IN transfers | {id: t.id, from: src.id, at: t.timestamp, usd: t.amountUsd}] AS moves
  UNWIND CASE
           WHEN NOT $oneOffCounterpartiesOnly THEN [m IN moves | {first: m.at, last: m.at, moves: [m]}]
           ELSE [{first: first, last: last, moves: moves}]
         END AS occurrence
  RETURN src.id AS payer, occurrence
}
WITH dst, collect({payer: payer, first: occurrence.first, last: occurrence.last, moves: occurrence.moves}) AS occurrences
WHERE size(occurrences) >= $minCounterparties
// The busiest window can always be taken to start at the first transfer of a counted payer.
UNWIND occurrences AS opening
WITH DISTINCT dst, occurrences, opening.first AS start
WHERE start >= datetime($from) AND start < datetime($until)
WITH dst, start, start + duration({seconds: toInteger($windowDays * 86400)}) AS end, occurrences
WITH dst, start, end, [o IN occurrences WHERE o.first >= start AND o.last <= end] AS inWindow
WITH dst, start, end, inWindow,
     reduce(acc = [], o IN inWindow | CASE WHEN o.payer IN acc THEN acc ELSE acc + o.payer END) AS payers,
     reduce(acc = [], o IN inWindow | acc + o.moves) AS moves
WITH dst, start, end, payers, moves, reduce(total = 0.0, m IN moves | total + m.usd) AS totalUsd
WHERE size(payers) >= $minCounterparties AND totalUsd >= $minTotalUsd
WITH dst, start, end, payers, moves, totalUsd
ORDER BY size(payers) DESC, totalUsd DESC, start
WITH dst, head(collect({start: start, end: end, payers: payers, moves: moves, totalUsd: totalUsd})) AS best
WITH dst, best, [m IN best.moves | {type: 'TRANSFER', id: m.id, from: m.from, to: dst.id, amountUsd: m.usd, at: m.at}] AS links
RETURN dst.id AS subjectId,
       'MONEY_FAN_IN' AS pattern,
       size(best.payers) AS score,
       [dst.id] + best.payers AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       best.payers AS payers,
       [l IN links | l.id] AS transactions,
       best.totalUsd AS totalUsd,
       best.start AS windowStart,
       best.end AS windowEnd
ORDER BY score DESC, totalUsd DESC, subjectId
LIMIT $limit
