// @name        cash-for-gold
// @title       Cash-for-gold: "gold purchase" payments taken out in cash, no gold moving
// @description An account receiving at least minPayments transfers whose stated purpose contains
//              purposeContains (ignoring case), each of which settles no shipment, is matched by no
//              GOLD shipment exported by a holder of the account to a holder of the paying account
//              within matchDays of it, and is followed within cashWithinDays by cash withdrawals
//              from the account totalling at least minCashShare of it. Money dressed as payment for
//              gold that never moves, then turned into cash.
// @pattern     GOLD_CASH_FOR_GOLD
// @source      TYPOLOGIES.md §3.2 G9/G13 (FATF/APG 2015 gold report, cash-for-gold and case 17;
//              FATF/Egmont TBML indicators); defaults from the demo's ground truth rules.
// @param       from: datetime = "2019-01-01T00:00:00Z" -- payments at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- payments before this instant
// @param       purposeContains: string = "gold purchase" [1, 100] -- text the payment's stated purpose contains
// @param       matchDays: integer = 30 [0, 3650] -- a shipment within this many days of the payment explains it
// @param       cashWithinDays: float = 5 [0.01, 365] -- withdrawals counted within this many days after the payment
// @param       minCashShare: float = 0.8 [0, 10] -- withdrawals are at least this share of the payment
// @param       minPayments: integer = 2 [1, 10000] -- fewest such payments
// @param       limit: integer = 100 [1, 10000] -- most accounts returned
// @returns     One row per account: subjectId (the receiving account), pattern, score (payments),
//              flagged (the account, its holders and the payers), evidenceNodes, evidenceLinks (each
//              payment and the withdrawals after it, with amounts and times), payments, paidUsd,
//              withdrawnUsd.
// Only an account that withdraws cash can pass enough of a payment on in cash, unless nothing has
// to be passed on (minCashShare 0, or a payment of no value): these few accounts start the search,
// instead of every payment's stated purpose being read.
CALL () {
  MATCH (w:Transaction)<-[:SENT]-(a:BankAccount)
  WHERE w.channel = 'CASH_WITHDRAWAL'
  RETURN a
  UNION
  MATCH (t:Transaction)-[:TO]->(a:BankAccount)
  WHERE t.amountUsd <= 0
  RETURN a
  UNION
  MATCH (a:BankAccount)
  WHERE $minCashShare <= 0
  RETURN a
}
MATCH (payer:BankAccount)-[s:SENT]->(t:Transaction)-[r:TO]->(a)
WHERE t.timestamp >= datetime($from) AND t.timestamp < datetime($until)
  AND toLower(t.purpose) CONTAINS toLower($purposeContains)
  AND (payer.caseId IS NULL OR payer.caseId IN $visibleCaseIds)
  AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
  AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds)
  AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
  AND (a.caseId IS NULL OR a.caseId IN $visibleCaseIds)
  AND NOT EXISTS { MATCH (t)-[st:SETTLES]->(:Shipment) WHERE st.caseId IS NULL OR st.caseId IN $visibleCaseIds }
  AND NOT EXISTS {
    MATCH (a)<-[:HOLDS_ACCOUNT]-(seller)-[:EXPORTED]->(sh:Shipment)-[:CONSIGNED_TO]->(buyer)-[:HOLDS_ACCOUNT]->(payer)
    WHERE sh.commodity = 'GOLD'
      AND abs(duration.inSeconds(datetime({date: sh.date, timezone: 'Z'}), t.timestamp).seconds) <= $matchDays * 86400
      AND (sh.caseId IS NULL OR sh.caseId IN $visibleCaseIds)
      AND (seller.caseId IS NULL OR seller.caseId IN $visibleCaseIds)
      AND (buyer.caseId IS NULL OR buyer.caseId IN $visibleCaseIds)
  }
CALL (a, t) {
  MATCH (a)-[sw:SENT]->(w:Transaction)
  WHERE w.channel = 'CASH_WITHDRAWAL'
    AND t.timestamp < w.timestamp <= t.timestamp + duration({seconds: toInteger($cashWithinDays * 86400)})
    AND (sw.caseId IS NULL OR sw.caseId IN $visibleCaseIds)
    AND (w.caseId IS NULL OR w.caseId IN $visibleCaseIds)
  RETURN sum(w.amountUsd) AS cashUsd,
         collect({type: 'WITHDRAWAL', id: w.id, from: a.id, to: w.id, amountUsd: w.amountUsd, at: w.timestamp}) AS withdrawals
}
WITH a, payer, t, cashUsd, withdrawals
WHERE cashUsd >= $minCashShare * t.amountUsd
ORDER BY t.timestamp
WITH a, collect(DISTINCT payer.id) AS payers, sum(t.amountUsd) AS paidUsd, sum(cashUsd) AS withdrawnUsd,
     collect({type: 'TRANSFER', id: t.id, from: payer.id, to: a.id, amountUsd: t.amountUsd, at: t.timestamp, purpose: t.purpose}) AS payments,
     reduce(acc = [], w IN collect(withdrawals) | acc + w) AS withdrawals
WHERE size(payments) >= $minPayments
OPTIONAL MATCH (holder)-[ha:HOLDS_ACCOUNT]->(a)
WHERE (ha.caseId IS NULL OR ha.caseId IN $visibleCaseIds) AND (holder.caseId IS NULL OR holder.caseId IN $visibleCaseIds)
WITH a, payers, paidUsd, withdrawnUsd, payments, withdrawals, collect(holder.id) AS holders
WITH a, payers, paidUsd, withdrawnUsd, payments, holders,
     reduce(acc = [], w IN withdrawals | CASE WHEN w.id IN [x IN acc | x.id] THEN acc ELSE acc + w END) AS withdrawals
RETURN a.id AS subjectId,
       'GOLD_CASH_FOR_GOLD' AS pattern,
       size(payments) AS score,
       [a.id] + holders + payers AS flagged,
       [p IN payments | p.id] + [w IN withdrawals | w.id] AS evidenceNodes,
       payments + withdrawals +
       [h IN holders | {type: 'HOLDS_ACCOUNT', from: h, to: a.id}] AS evidenceLinks,
       [p IN payments | p.id] AS payments,
       paidUsd,
       withdrawnUsd
ORDER BY score DESC, paidUsd DESC, subjectId
LIMIT $limit
