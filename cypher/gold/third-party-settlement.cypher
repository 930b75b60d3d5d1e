// @name        third-party-settlement
// @title       Third-party settlement of gold shipments
// @description A transfer that settles a shipment where the payer is not the consignee (nor a
//              party related to it) or the payee is not the exporter (nor a party related to it).
//              Related to X: X itself, a party owning at least minOwnershipShare of X, or a company
//              X owns at least minOwnershipShare of — a parent paying for its subsidiary is accepted.
//              Payment from or to strangers to the trade separates the money from the goods.
// @pattern     GOLD_THIRD_PARTY_SETTLEMENT
// @source      TYPOLOGIES.md §3.2 G13 (FATF/Egmont TBML account and transaction indicators; FATF/APG
//              2015 case 17); defaults from the demo's ground truth rules (50 %).
// @param       from: date = "2019-01-01" -- shipments dated on or after this day
// @param       until: date = "2026-01-01" -- shipments dated before this day
// @param       minOwnershipShare: float = 0.5 [0, 1] -- smallest share that makes an owner or a subsidiary related
// @param       limit: integer = 100 [1, 10000] -- most exporters returned
// @returns     One row per exporter: subjectId (the exporter of the shipments), pattern, score
//              (settlements by third parties), flagged (exporter, consignees, payer and payee
//              holders), evidenceNodes, evidenceLinks (the payments with amounts and times, SETTLES,
//              EXPORTED and CONSIGNED_TO links), shipments, thirdParties (holders of the paying or
//              receiving accounts who are strangers to the trade), paidUsd.
// Settlements come from the SETTLES relationship type index, each read from its transaction's
// side: a transaction has a handful of links, a shipment many, so expanding every shipment of the
// period to find its settlements costs more, even though a short period reads fewer shipments.
MATCH (t)-[st:SETTLES]->(s)
WITH t, st, s, s.date AS date
WHERE date >= $from AND date < $until AND s:Shipment AND t:Transaction
MATCH (exporter)-[x:EXPORTED]->(s)-[ct:CONSIGNED_TO]->(consignee)
MATCH (pa:BankAccount)-[sn:SENT]->(t)-[tt:TO]->(ra:BankAccount)
// Trading partners deal again and again: who holds the two accounts, and how they are related to
// the trading parties, is worked out once per combination rather than once per shipment. What the
// caller may see is checked only for the few combinations with a stranger to the trade.
WITH exporter, consignee, pa, ra, collect({s: s, t: t, links: [st, x, ct, sn, tt]}) AS deals
CALL (pa, ra, exporter, consignee) {
  OPTIONAL MATCH (ph)-[hp:HOLDS_ACCOUNT]->(pa)
  WHERE (hp.caseId IS NULL OR hp.caseId IN $visibleCaseIds) AND (ph.caseId IS NULL OR ph.caseId IN $visibleCaseIds)
  WITH collect(ph) AS payerHolders
  OPTIONAL MATCH (rh)-[hr:HOLDS_ACCOUNT]->(ra)
  WHERE (hr.caseId IS NULL OR hr.caseId IN $visibleCaseIds) AND (rh.caseId IS NULL OR rh.caseId IN $visibleCaseIds)
  WITH payerHolders, collect(rh) AS payeeHolders
  RETURN payerHolders, payeeHolders,
         any(h IN payerHolders WHERE h = consignee
             OR EXISTS { MATCH (h)-[o:OWNS]->(consignee) WHERE o.share >= $minOwnershipShare AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) }
             OR EXISTS { MATCH (consignee)-[o:OWNS]->(h) WHERE o.share >= $minOwnershipShare AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) }) AS payerRelated,
         any(h IN payeeHolders WHERE h = exporter
             OR EXISTS { MATCH (h)-[o:OWNS]->(exporter) WHERE o.share >= $minOwnershipShare AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) }
             OR EXISTS { MATCH (exporter)-[o:OWNS]->(h) WHERE o.share >= $minOwnershipShare AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) }) AS payeeRelated
}
WITH exporter, consignee, deals, pa, ra, payerHolders, payeeHolders, payerRelated, payeeRelated
WHERE (NOT payerRelated OR NOT payeeRelated)
  AND all(n IN [exporter, consignee, pa, ra] WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
UNWIND deals AS deal
WITH exporter, consignee, deal, deal.s AS s, deal.t AS t, pa, ra, payerHolders, payeeHolders, payerRelated, payeeRelated
WHERE all(e IN [s, t] + deal.links WHERE e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
WITH exporter, consignee, s, t, pa, ra, payerHolders, payeeHolders, payerRelated, payeeRelated
WITH exporter,
     collect(DISTINCT consignee.id) AS consignees,
     collect(s.id) AS shipments,
     sum(t.amountUsd) AS paidUsd,
     reduce(acc = [], x IN collect(CASE WHEN payerRelated THEN [] ELSE [h IN payerHolders | h.id] END +
                                   CASE WHEN payeeRelated THEN [] ELSE [h IN payeeHolders | h.id] END) | acc + [y IN x WHERE NOT y IN acc]) AS thirdParties,
     collect({type: 'TRANSFER', id: t.id, from: pa.id, to: ra.id, amountUsd: t.amountUsd, at: t.timestamp}) +
     collect({type: 'SETTLES', from: t.id, to: s.id}) +
     collect({type: 'EXPORTED', from: exporter.id, to: s.id, at: toString(s.date)}) +
     collect({type: 'CONSIGNED_TO', from: s.id, to: consignee.id}) AS links
RETURN exporter.id AS subjectId,
       'GOLD_THIRD_PARTY_SETTLEMENT' AS pattern,
       size(shipments) AS score,
       reduce(acc = [exporter.id], x IN consignees + thirdParties | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       shipments AS evidenceNodes,
       links AS evidenceLinks,
       shipments,
       thirdParties,
       paidUsd
ORDER BY score DESC, paidUsd DESC, subjectId
LIMIT $limit
