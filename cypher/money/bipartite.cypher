// @name        bipartite
// @title       Bipartite and stacked layers of accounts
// @description Originator accounts that each pay every one of a set of beneficiary accounts inside
//              one window of windowDays: two originators sharing at least minBeneficiaries such
//              beneficiaries form a block, and a structure needs minOriginators originators. With oneOffPairsOnly every payer–payee pair must be
//              one-off (all its transfers inside the window), which leaves out sister companies
//              paying the same suppliers every month. Blocks that share accounts form one
//              structure; a stack is two blocks chained through a middle layer. Layering through
//              complete layers of new accounts spreads and re-spreads the money.
// @pattern     MONEY_BIPARTITE
// @source      TYPOLOGIES.md §2.3 A4/A5 (AMLSim bipartite and stack, AMLworld); defaults from the
//              demo's ground truth rules (10 days, 2 originators, 3 beneficiaries, one-off pairs).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- windows start at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- windows start before this instant
// @param       windowDays: float = 10 [0.01, 365] -- length of the window, days
// @param       minOriginators: integer = 2 [2, 1000] -- fewest distinct originators in a structure (blocks are found two originators at a time)
// @param       minBeneficiaries: integer = 3 [2, 1000] -- fewest beneficiaries every originator of a block pays
// @param       oneOffPairsOnly: boolean = true -- count only pairs whose every transfer lies in the window
// @param       limit: integer = 100 [1, 10000] -- most structures returned
// @returns     One row per structure: subjectId (the smallest id among its top-layer originators, those
//              no block of it pays), pattern, score (accounts in the structure), flagged (its accounts),
//              evidenceNodes, evidenceLinks (the transfers of its blocks, with amounts and times),
//              originators (top layer), accounts, blocks (number of two-originator blocks).
// Each payer–payee pair is one money flow (or one per case scope): the pairs are grouped and cut
// on their first and last times, and on the originator paying enough beneficiaries, before any
// list of transfers is read (once per flow, into a map).
MATCH (f:MoneyFlow)
WHERE f.from <> f.to AND all(c IN f.caseIds WHERE c IN $visibleCaseIds)
WITH f.from AS o, f.to AS d, min(f.first) AS first, max(f.last) AS last, collect(f) AS flows
// A one-off pair is one occurrence spanning all its transfers; otherwise each transfer is one.
WHERE NOT $oneOffPairsOnly OR last <= first + duration({seconds: toInteger($windowDays * 86400)})
WITH o, collect({d: d, first: first, last: last, flows: flows}) AS payees
WHERE size(payees) >= $minBeneficiaries
UNWIND payees AS p
WITH o, p, reduce(acc = [], f IN [x IN p.flows | x {.ids, .at, .usd}] |
       acc + [i IN range(0, size(f.ids) - 1) |
              {type: 'TRANSFER', id: f.ids[i], from: o, to: p.d, amountUsd: f.usd[i], at: f.at[i]}]) AS moves
UNWIND CASE
         WHEN NOT $oneOffPairsOnly THEN [m IN moves | {first: m.at, last: m.at, moves: [m]}]
         ELSE [{first: p.first, last: p.last, moves: moves}]
       END AS occurrence
WITH p.d AS d, collect({o: o, first: occurrence.first, last: occurrence.last, moves: occurrence.moves}) AS payers
WHERE size(payers) >= 2
UNWIND payers AS p1
UNWIND payers AS p2
WITH d, p1, p2
WHERE p1.o < p2.o
WITH p1.o AS o1, p2.o AS o2, collect({d: d, a: p1, c: p2}) AS shared
WHERE size(shared) >= $minBeneficiaries
// A block's window opens with the earlier first transfer of one of the shared beneficiaries.
UNWIND [s IN shared | CASE WHEN s.a.first < s.c.first THEN s.a.first ELSE s.c.first END] AS opens
WITH o1, o2, shared, opens, opens + duration({seconds: toInteger($windowDays * 86400)}) AS closes
WHERE opens >= datetime($from) AND opens < datetime($until)
WITH o1, o2, [s IN shared WHERE s.a.first >= opens AND s.a.last <= closes AND s.c.first >= opens AND s.c.last <= closes] AS inWindow
WITH o1, o2, inWindow, reduce(acc = [], s IN inWindow | CASE WHEN s.d IN acc THEN acc ELSE acc + s.d END) AS beneficiaries
WHERE size(beneficiaries) >= $minBeneficiaries
WITH collect({origins: [o1, o2], beneficiaries: beneficiaries, accounts: [o1, o2] + beneficiaries,
              moves: reduce(acc = [], s IN inWindow | acc + s.a.moves + s.c.moves)}) AS blocks
// Structures: merge each block with every structure it shares an account with. The merging
// carries only accounts and block numbers; what a structure holds is gathered from its blocks after.
WITH blocks, reduce(structures = [], k IN range(0, size(blocks) - 1) |
       [x IN structures WHERE none(a IN x.accounts WHERE a IN blocks[k].accounts)] +
       [reduce(merged = {accounts: blocks[k].accounts, ks: [k]},
               x IN [x IN structures WHERE any(a IN x.accounts WHERE a IN blocks[k].accounts)] |
               {accounts: merged.accounts + [a IN x.accounts WHERE NOT a IN merged.accounts], ks: merged.ks + x.ks})]
     ) AS merged
UNWIND merged AS m
WITH [k IN m.ks | blocks[k]] AS parts
WITH {origins: reduce(acc = [], b IN parts | acc + b.origins),
      beneficiaries: reduce(acc = [], b IN parts | acc + b.beneficiaries),
      accounts: reduce(acc = [], b IN parts | acc + b.accounts),
      moves: reduce(acc = [], b IN parts | acc + b.moves),
      blocks: size(parts)} AS st
WITH collect(st) AS structures
UNWIND structures AS st
WITH st, [x IN st.origins WHERE NOT x IN st.beneficiaries] AS top,
     reduce(acc = [], a IN st.accounts | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS accounts,
     reduce(acc = [], m IN st.moves | CASE WHEN m.id IN [x IN acc | x.id] THEN acc ELSE acc + m END) AS links
WITH st, accounts, links, reduce(acc = [], a IN top | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS top,
     reduce(acc = [], a IN st.origins | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS origins
WHERE size(top) > 0 AND size(origins) >= $minOriginators
WITH st, accounts, links, top, reduce(smallest = head(top), a IN top | CASE WHEN a < smallest THEN a ELSE smallest END) AS subject
RETURN subject AS subjectId,
       'MONEY_BIPARTITE' AS pattern,
       size(accounts) AS score,
       [subject] + [a IN accounts WHERE a <> subject] AS flagged,
       [l IN links | l.id] AS evidenceNodes,
       links AS evidenceLinks,
       top AS originators,
       accounts,
       st.blocks AS blocks
ORDER BY score DESC, subjectId
LIMIT $limit
