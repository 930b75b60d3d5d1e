// @name        fan-out
// @title       Fan-out: one account paying many one-off payees
// @description An account that, within windowDays from one of its outgoing transfers, sends
//              transfers to at least minCounterparties distinct counterparties totalling at least
//              minTotalUsd: a front spreading a sum over mules. With oneOffCounterpartiesOnly a
//              payee counts only when every transfer this account ever sent it lies inside the
//              window, so recurring payees (payroll, suppliers) do not count. Each account is
//              reported once, with its busiest window.
// @pattern     MONEY_FAN_OUT
// @source      TYPOLOGIES.md §2.3 A1 (AMLSim fan-out, AMLworld); defaults from the demo's ground
//              truth rules (7 days, 5 payees, 20,000 USD, one-off payees only).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- windows start at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- windows start before this instant
// @param       windowDays: float = 7 [0.01, 365] -- length of the window, days
// @param       minCounterparties: integer = 5 [2, 10000] -- fewest distinct payees in the window
// @param       minTotalUsd: float = 20000 [0, 1e12] -- smallest total sent in the window, USD
// @param       oneOffCounterpartiesOnly: boolean = true -- count only payees whose every transfer from the account is in the window
// @param       limit: integer = 100 [1, 10000] -- most accounts returned
// @returns     One row per account: subjectId (the sending account), pattern, score (payees in the
//              busiest window), flagged (the account and its payees), evidenceNodes, evidenceLinks
//              (the transfers, with amounts and times), payees (account ids), transactions (ids),
//              totalUsd, windowStart, windowEnd.
// Each account–payee pair is one money flow (or one per case scope): the pairs are grouped and
// cut on their first and last times before any list of transfers is read.
MATCH (f:MoneyFlow)
WHERE f.from <> f.to AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH f.from AS src, f.to AS payee, min(f.first) AS first, max(f.last) AS last, collect(f) AS flows
// A one-off payee is one occurrence spanning all its transfers; otherwise each transfer is one.
WHERE NOT $oneOffCounterpartiesOnly OR last <= first + duration({seconds: toInteger($windowDays * 86400)})
WITH src, collect({payee: payee, first: first, last: last, flows: flows}) AS payees
WHERE size(payees) >= $minCounterparties
UNWIND payees AS p
// Each flow's lists are read once, into a map, and unrolled from there.
WITH src, p, reduce(acc = [], f IN [x IN p.flows | x {.ids, .at, .usd}] |
       acc + [i IN range(0, size(f.ids) - 1) | {id: f.ids[i], to: p.payee, at: f.at[i], usd: f.usd[i]}]) AS moves
UNWIND CASE
         WHEN NOT $oneOffCounterpartiesOnly THEN [m IN moves | {first: m.at, last: m.at, moves: [m]}]
         ELSE [{first: p.first, last: p.last, moves: moves}]
       END AS occurrence
WITH src, collect({payee: p.payee, first: occurrence.first, last: occurrence.last, moves: occurrence.moves}) AS occurrences
// The busiest window can always be taken to start at the first transfer to a counted payee.
UNWIND occurrences AS opening
WITH DISTINCT src, occurrences, opening.first AS start
WHERE start >= datetime($from) AND start < datetime($until)
WITH src, start, start + duration({seconds: toInteger($windowDays * 86400)}) AS end, occurrences
WITH src, start, end, [o IN occurrences WHERE o.first >= start AND o.last <= end] AS inWindow
WITH src, start, end,
     reduce(acc = [], o IN inWindow | CASE WHEN o.payee IN acc THEN acc ELSE acc + o.payee END) AS payees,
     reduce(acc = [], o IN inWindow | acc + o.moves) AS moves
WITH src, start, end, payees, moves, reduce(total = 0.0, m IN moves | total + m.usd) AS totalUsd
WHERE size(payees) >= $minCounterparties AND totalUsd >= $minTotalUsd
WITH src, start, end, payees, moves, totalUsd
ORDER BY size(payees) DESC, totalUsd DESC, start
WITH src, head(collect({start: start, end: end, payees: payees, moves: moves, totalUsd: totalUsd})) AS best
WITH src, best, [m IN best.moves | {type: 'TRANSFER', id: m.id, from: src, to: m.to, amountUsd: m.usd, at: m.at}] AS links
RETURN src AS subjectId,
       'MONEY_FAN_OUT' AS pattern,
       size(best.payees) AS score,
       [src] + best.payees AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       best.payees AS payees,
       [l IN links | l.id] AS transactions,
       best.totalUsd AS totalUsd,
       best.start AS windowStart,
       best.end AS windowEnd
ORDER BY score DESC, totalUsd DESC, subjectId
LIMIT $limit
