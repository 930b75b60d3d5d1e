// @name        official-paid
// @title       Officials paid by the holders of licences they approved
// @description An official who approved a licence (on the date of the APPROVED_BY link) and, from
//              daysBefore days before to daysAfter days after that date, received a transfer of at
//              least minAmountUsd from an account of the licence holder or of a party that owns or
//              directs the holder — into an account of the official, of a family member or associate
//              of the official, or of a company such a relative owns or directs. Bribes rarely go
//              straight to the official's own account.
// @pattern     GOLD_OFFICIAL_PAID
// @source      TYPOLOGIES.md §3.2 G7 (LBMA RGG v9 bribery risk; "Gold Mafia" paid-off officials);
//              defaults from the demo's ground truth rules (180 days before, 365 after, 1,000 USD).
// @param       daysBefore: integer = 180 [0, 3650] -- payments counted from this many days before the approval
// @param       daysAfter: integer = 365 [0, 3650] -- payments counted up to this many days after the approval
// @param       minAmountUsd: float = 1000 [0, 1e12] -- smallest payment, USD
// @param       limit: integer = 100 [1, 10000] -- most officials returned
// @returns     One row per official: subjectId (the official), pattern, score (USD paid), flagged
//              (official, licences, payers, payees), evidenceNodes, evidenceLinks (APPROVED_BY and
//              HOLDS_LICENCE links, the payments with amounts and times), licences, payments.
// Per official: the accounts that would reach them are worked out once for all their approvals.
MATCH (o:Official)
WHERE (o.caseId IS NULL OR o.caseId IN $visibleCaseIds)
  AND EXISTS { (o)<-[:APPROVED_BY]-(:Licence) }
// Accounts that would reach the official: the official's, relatives' and associates', and their companies'.
CALL (o) {
  OPTIONAL MATCH (o)-[k:FAMILY_OF|ASSOCIATE_OF]-(kin:Person)
  WHERE (k.caseId IS NULL OR k.caseId IN $visibleCaseIds) AND (kin.caseId IS NULL OR kin.caseId IN $visibleCaseIds)
  OPTIONAL MATCH (kin)-[kf:OWNS|DIRECTOR_OF]->(firm:Company)
  WHERE (kf.caseId IS NULL OR kf.caseId IN $visibleCaseIds) AND (firm.caseId IS NULL OR firm.caseId IN $visibleCaseIds)
  WITH collect(DISTINCT kin) AS kin, collect(DISTINCT firm) AS firms
  UNWIND [o] + kin + firms AS party
  MATCH (party)-[ha:HOLDS_ACCOUNT]->(oa:BankAccount)
  WHERE (ha.caseId IS NULL OR ha.caseId IN $visibleCaseIds) AND (oa.caseId IS NULL OR oa.caseId IN $visibleCaseIds)
  RETURN collect(DISTINCT oa) AS payeeAccounts
}
WITH o, payeeAccounts
WHERE size(payeeAccounts) > 0
MATCH (l:Licence)-[ap:APPROVED_BY]->(o)
WHERE ap.date IS NOT NULL
  AND (l.caseId IS NULL OR l.caseId IN $visibleCaseIds)
  AND (ap.caseId IS NULL OR ap.caseId IN $visibleCaseIds)
MATCH (h)-[hl:HOLDS_LICENCE]->(l)
WHERE (hl.caseId IS NULL OR hl.caseId IN $visibleCaseIds) AND (h.caseId IS NULL OR h.caseId IN $visibleCaseIds)
// Accounts that could pay: the holder's, and those of its owners and directors.
CALL (h) {
  CALL (h) {
    MATCH (h)-[ha:HOLDS_ACCOUNT]->(pa:BankAccount)
    WHERE (ha.caseId IS NULL OR ha.caseId IN $visibleCaseIds) AND (pa.caseId IS NULL OR pa.caseId IN $visibleCaseIds)
    RETURN pa
    UNION
    MATCH (h)<-[c:OWNS|DIRECTOR_OF]-(payer)-[ha:HOLDS_ACCOUNT]->(pa:BankAccount)
    WHERE (c.caseId IS NULL OR c.caseId IN $visibleCaseIds) AND (payer.caseId IS NULL OR payer.caseId IN $visibleCaseIds)
      AND (ha.caseId IS NULL OR ha.caseId IN $visibleCaseIds) AND (pa.caseId IS NULL OR pa.caseId IN $visibleCaseIds)
    RETURN pa
  }
  RETURN collect(pa) AS payerAccounts
}
WITH l, ap, o, h, payerAccounts, payeeAccounts
WHERE size(payerAccounts) > 0 AND size(payeeAccounts) > 0
// An official's accounts are read once for all the approvals they gave, each with its window.
WITH o, payeeAccounts,
     collect({l: l, ap: ap, h: h, payers: payerAccounts,
              opens: ap.date - duration({days: $daysBefore}), closes: ap.date + duration({days: $daysAfter})}) AS approvals
UNWIND payeeAccounts AS oa
MATCH (oa)<-[r:TO]-(t:Transaction)
WHERE t.amountUsd >= $minAmountUsd
  AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
  AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds)
WITH o, approvals, oa, t, date(t.timestamp) AS day
WHERE any(a IN approvals WHERE a.opens <= day <= a.closes)
MATCH (t)<-[s:SENT]-(pa:BankAccount)
WHERE (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
UNWIND [a IN approvals WHERE a.opens <= day <= a.closes AND pa IN a.payers] AS a
WITH o, a.l AS l, a.ap AS ap, a.h AS h, oa, t, pa
WITH o, collect(DISTINCT {licence: l.id, holder: h.id, approved: ap.date}) AS approvals,
     collect(DISTINCT {type: 'TRANSFER', id: t.id, from: pa.id, to: oa.id, amountUsd: t.amountUsd, at: t.timestamp}) AS payments
WITH o, approvals, payments, reduce(total = 0.0, p IN payments | total + p.amountUsd) AS paidUsd
RETURN o.id AS subjectId,
       'GOLD_OFFICIAL_PAID' AS pattern,
       paidUsd AS score,
       reduce(acc = [o.id], x IN [a IN approvals | a.licence] + [a IN approvals | a.holder] + [p IN payments | p.from] + [p IN payments | p.to] |
              CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       [p IN payments | p.id] AS evidenceNodes,
       [a IN approvals | {type: 'APPROVED_BY', from: a.licence, to: o.id, at: toString(a.approved)}] +
       [a IN approvals | {type: 'HOLDS_LICENCE', from: a.holder, to: a.licence}] + payments AS evidenceLinks,
       [a IN approvals | a.licence] AS licences,
       [p IN payments | p.id] AS payments,
       paidUsd
ORDER BY score DESC, subjectId
LIMIT $limit
