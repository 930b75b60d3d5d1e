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
// Each payer–account pair is one money flow (or one per case scope): the pairs are grouped and
// cut on their first and last times before any list of transfers is read.
MATCH (f:MoneyFlow)
WHERE f.from <> f.to AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH f.to AS dst, f.from AS payer, min(f.first) AS first, max(f.last) AS last, collect(f) AS flows
// A one-off payer is one occurrence spanning all its transfers; otherwise each transfer is one.
WHERE NOT $oneOffCounterpartiesOnly OR last <= first + duration({seconds: toInteger($windowDays * 86400)})
WITH dst, collect({payer: payer, first: first, last: last, flows: flows}) AS payers
WHERE size(payers) >= $minCounterparties
UNWIND payers AS p
// Each flow's lists are read once, into a map, and unrolled from there.
WITH dst, p, reduce(acc = [], f IN [x IN p.flows | x {.ids, .at, .usd}] |
       acc + [i IN range(0, size(f.ids) - 1) | {id: f.ids[i], from: p.payer, at: f.at[i], usd: f.usd[i]}]) AS moves
UNWIND CASE
         WHEN NOT $oneOffCounterpartiesOnly THEN [m IN moves | {first: m.at, last: m.at, moves: [m]}]
         ELSE [{first: p.first, last: p.last, moves: moves}]
       END AS occurrence
WITH dst, collect({payer: p.payer, first: occurrence.first, last: occurrence.last, moves: occurrence.moves}) AS occurrences
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
WITH dst, best, [m IN best.moves | {type: 'TRANSFER', id: m.id, from: m.from, to: dst, amountUsd: m.usd, at: m.at}] AS links
RETURN dst AS subjectId,
       'MONEY_FAN_IN' AS pattern,
       size(best.payers) AS score,
       [dst] + best.payers AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       best.payers AS payers,
       [l IN links | l.id] AS transactions,
       best.totalUsd AS totalUsd,
       best.start AS windowStart,
       best.end AS windowEnd
ORDER BY score DESC, totalUsd DESC, subjectId
LIMIT $limit
