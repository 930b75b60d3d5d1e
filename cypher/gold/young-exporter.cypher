// @name        young-exporter
// @title       Young exporter moving large volumes
// @description A company whose GOLD shipments dated within maxAgeDays after its incorporation
//              total at least minFineKg of fine gold: a newly created exporter with no track record
//              moving tonnage is a classic front for laundering gold of illegal origin.
// @pattern     GOLD_YOUNG_EXPORTER
// @source      TYPOLOGIES.md §3.2 G3 (Peru exporters; FATF/Egmont structural indicators; DPMS "newly
//              established company" red flag); defaults from the demo's ground truth rules (365 days,
//              300 kg).
// @param       maxAgeDays: integer = 365 [1, 36500] -- shipments counted within this many days after incorporation
// @param       minFineKg: float = 300 [0, 1e9] -- smallest fine kg shipped in that time
// @param       limit: integer = 100 [1, 10000] -- most companies returned
// @returns     One row per company: subjectId (the exporter), pattern, score (fine kg in its first
//              maxAgeDays), flagged (the exporter and its consignees), evidenceNodes (the shipments),
//              evidenceLinks (EXPORTED links with fine kg and dates, CONSIGNED_TO links),
//              incorporationDate, firstExport, fineKg, shipments.
// Each company's own exports are read from the company, their dates first: reading every
// shipment of the period and then its exporter costs a walk over each shipment's many links.
MATCH (c:Company)
WHERE c.incorporationDate IS NOT NULL
  AND (c.caseId IS NULL OR c.caseId IN $visibleCaseIds)
CALL (c) {
  MATCH (c)-[x:EXPORTED]->(s:Shipment)
  WITH x, s, s.date AS date
  WHERE c.incorporationDate <= date <= c.incorporationDate + duration({days: $maxAgeDays})
    AND s.commodity = 'GOLD'
    AND (x.caseId IS NULL OR x.caseId IN $visibleCaseIds)
    AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
  RETURN s ORDER BY date, s.id
}
WITH c, collect(s) AS shipments, sum(s.fineKg) AS fineKg, min(s.date) AS firstExport
WHERE fineKg >= $minFineKg
CALL (shipments) {
  UNWIND shipments AS s
  OPTIONAL MATCH (s)-[ct:CONSIGNED_TO]->(buyer)
  WHERE (ct.caseId IS NULL OR ct.caseId IN $visibleCaseIds) AND (buyer.caseId IS NULL OR buyer.caseId IN $visibleCaseIds)
  RETURN collect(DISTINCT buyer.id) AS buyers, collect({type: 'CONSIGNED_TO', from: s.id, to: buyer.id}) AS consignments
}
RETURN c.id AS subjectId,
       'GOLD_YOUNG_EXPORTER' AS pattern,
       fineKg AS score,
       [c.id] + buyers AS flagged,
       [s IN shipments | s.id] AS evidenceNodes,
       [s IN shipments | {type: 'EXPORTED', from: c.id, to: s.id, fineKg: s.fineKg, at: toString(s.date)}] + consignments AS evidenceLinks,
       c.incorporationDate AS incorporationDate,
       firstExport,
       fineKg,
       [s IN shipments | s.id] AS shipments
ORDER BY score DESC, subjectId
LIMIT $limit
