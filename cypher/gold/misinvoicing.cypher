// @name        misinvoicing
// @title       Mis-invoicing against the market price
// @description A company that exported a GOLD shipment whose declared value per fine kg lies more
//              than maxDeviation away from the market price of its month (the GOLD MarketPrice dated
//              the first of the month, a monthly average; doré trades a few per cent below it).
//              Under-invoicing keeps value offshore; over-invoicing brings money in dressed as export
//              proceeds.
// @pattern     GOLD_MISINVOICING
// @source      TYPOLOGIES.md §3.2 G12 (FATF/Egmont TBML document and commodity indicators; LBMA PM
//              price); defaults from the demo's ground truth rules (10 %).
// @param       from: date = "2019-01-01" -- shipments dated on or after this day
// @param       until: date = "2026-01-01" -- shipments dated before this day
// @param       maxDeviation: float = 0.1 [0, 10] -- largest accepted relative distance from the market value
// @param       limit: integer = 100 [1, 10000] -- most exporters returned
// @returns     One row per exporter: subjectId (the exporting company), pattern, score (largest
//              relative deviation), flagged (exporter and consignees), evidenceNodes, evidenceLinks
//              (EXPORTED links with value, fine kg, price ratio and date), shipments, priceRatios,
//              declaredUsd, marketUsd.
// The market price of each month is read once, then that month's shipments from the date index:
// every price and every shipment is read once, whatever the number of price series.
CALL () {
  MATCH (px:MarketPrice)
  WHERE px.date >= date.truncate('month', $from) AND px.date < $until AND px.commodity = 'GOLD'
    AND px.date = date.truncate('month', px.date)
    AND (px.caseId IS NULL OR px.caseId IN $visibleCaseIds)
  RETURN px.date AS month, avg(px.usdPerKg) AS usdPerKg, head(collect(px.id)) AS priceId
}
MATCH (s:Shipment)
WHERE s.date >= month AND s.date < month + duration({months: 1})
  AND s.date >= $from AND s.date < $until AND s.commodity = 'GOLD' AND s.fineKg > 0
  AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
// The price ratio needs only the shipment; its exporter is read only when the ratio is off.
WITH s, usdPerKg, priceId, s.declaredValueUsd / (s.fineKg * usdPerKg) AS ratio
WHERE ratio < 1 - $maxDeviation OR ratio > 1 + $maxDeviation
MATCH (e:Company)-[x:EXPORTED]->(s)
WHERE (x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
OPTIONAL MATCH (s)-[ct:CONSIGNED_TO]->(buyer)
WHERE (ct.caseId IS NULL OR ct.caseId IN $visibleCaseIds) AND (buyer.caseId IS NULL OR buyer.caseId IN $visibleCaseIds)
WITH e, s, usdPerKg, priceId, ratio, collect(buyer.id) AS buyers
WITH e, collect({shipment: s, ratio: ratio, usdPerKg: usdPerKg, priceId: priceId, buyers: buyers}) AS odd
RETURN e.id AS subjectId,
       'GOLD_MISINVOICING' AS pattern,
       reduce(m = 0.0, o IN odd | CASE WHEN abs(o.ratio - 1) > m THEN abs(o.ratio - 1) ELSE m END) AS score,
       reduce(acc = [e.id], o IN odd | acc + [b IN o.buyers WHERE NOT b IN acc]) AS flagged,
       [o IN odd | o.shipment.id] + [o IN odd | o.priceId] AS evidenceNodes,
       [o IN odd | {type: 'EXPORTED', from: e.id, to: o.shipment.id, amountUsd: o.shipment.declaredValueUsd,
                    fineKg: o.shipment.fineKg, priceRatio: o.ratio, at: toString(o.shipment.date)}] +
       reduce(acc = [], o IN odd | acc + [b IN o.buyers | {type: 'CONSIGNED_TO', from: o.shipment.id, to: b}]) AS evidenceLinks,
       [o IN odd | o.shipment.id] AS shipments,
       [o IN odd | o.ratio] AS priceRatios,
       reduce(v = 0.0, o IN odd | v + o.shipment.declaredValueUsd) AS declaredUsd,
       reduce(v = 0.0, o IN odd | v + o.shipment.fineKg * o.usdPerKg) AS marketUsd
ORDER BY score DESC, subjectId
LIMIT $limit
