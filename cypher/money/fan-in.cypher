// @name        fan-in
// @title       Fan-in: many one-off payers into one account
// @description An account that, within windowDays from one of its incoming transfers, receives
//              transfers from at least minCounterparties distinct one-off payers totalling at least
//              minTotalUsd. A payer is one-off when every transfer it ever sent to this account lies
//              inside that window, so recurring payers (tenants, customers) do not count. Each
//              account is reported once, with its busiest window.
// @pattern     MONEY_FAN_IN
// @source      TYPOLOGIES.md §2.3 A1/A2 (AMLSim fan-in, AMLworld); defaults from the demo's ground
//              truth rules (7 days, 5 payers, 20,000 USD).
// @param       from: datetime = "2019-01-01T00:00:00Z" -- windows start at or after this instant
// @param       until: datetime = "2026-01-01T00:00:00Z" -- windows start before this instant
// @param       windowDays: float = 7 [0.01, 365] -- length of the window, days
// @param       minCounterparties: integer = 5 [2, 10000] -- fewest distinct one-off payers
// @param       minTotalUsd: float = 20000 [0, 1e12] -- smallest total received in the window, USD
// @param       limit: integer = 100 [1, 10000] -- most accounts returned
// @returns     One row per account: subjectId (the receiving account), pattern, payers (account ids),
//              transactions (ids), totalUsd, windowStart, windowEnd.
MATCH (dst:BankAccount)<-[r0:TO]-(t0:Transaction)<-[s0:SENT]-(:BankAccount)
WHERE t0.timestamp >= datetime($from) AND t0.timestamp < datetime($until)
  AND (dst.caseId IS NULL OR dst.caseId IN $visibleCaseIds)
  AND (r0.caseId IS NULL OR r0.caseId IN $visibleCaseIds)
  AND (t0.caseId IS NULL OR t0.caseId IN $visibleCaseIds)
  AND (s0.caseId IS NULL OR s0.caseId IN $visibleCaseIds)
WITH dst, t0, t0.timestamp AS start, t0.timestamp + duration({seconds: toInteger($windowDays * 86400)}) AS end
CALL (dst, start, end) {
  MATCH (dst)<-[r:TO]-(t:Transaction)<-[s:SENT]-(src:BankAccount)
  WHERE start <= t.timestamp <= end AND src <> dst
    AND (src.caseId IS NULL OR src.caseId IN $visibleCaseIds)
    AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
    AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
    AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds)
  WITH src, collect(t) AS inWindow
  WHERE NOT EXISTS {
    MATCH (src)-[s2:SENT]->(u:Transaction)-[r2:TO]->(dst)
    WHERE (u.timestamp < start OR u.timestamp > end)
      AND (u.caseId IS NULL OR u.caseId IN $visibleCaseIds)
      AND (s2.caseId IS NULL OR s2.caseId IN $visibleCaseIds)
      AND (r2.caseId IS NULL OR r2.caseId IN $visibleCaseIds)
  }
  UNWIND inWindow AS t
  RETURN count(DISTINCT src) AS payers, collect(DISTINCT src.id) AS payerIds,
         collect(t.id) AS transactionIds, sum(t.amountUsd) AS totalUsd
}
WITH dst, start, end, payers, payerIds, transactionIds, totalUsd
WHERE payers >= $minCounterparties AND totalUsd >= $minTotalUsd
WITH dst, start, end, payers, payerIds, transactionIds, totalUsd
ORDER BY payers DESC, totalUsd DESC, start
WITH dst, head(collect({start: start, end: end, payerIds: payerIds, transactionIds: transactionIds, totalUsd: totalUsd})) AS best
RETURN dst.id AS subjectId,
       'MONEY_FAN_IN' AS pattern,
       best.payerIds AS payers,
       best.transactionIds AS transactions,
       best.totalUsd AS totalUsd,
       best.start AS windowStart,
       best.end AS windowEnd
ORDER BY size(payers) DESC, totalUsd DESC, subjectId
LIMIT $limit
