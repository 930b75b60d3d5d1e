// @name        mass-balance
// @title       Mass balance of gold traders and refiners
// @description For each company and calendar year in which it both received (CONSIGNED_TO) and
//              exported (EXPORTED) GOLD shipments: fine kg out minus fine kg in. Exports exceeding
//              receipts by more than tolerance of the receipts and by at least minGapKg are metal
//              that never arrived on paper — gold of unknown origin entering the chain, or invoices
//              without metal. The shipments behind the gap are listed.
// @pattern     MASS_BALANCE_GAP
// @source      TYPOLOGIES.md §3.2 G8 (production and trade balance; OECD due diligence on volumes);
//              defaults from the demo's ground truth rules (5 %, 20 kg).
// @param       from: date = "2019-01-01" -- shipments dated on or after this day
// @param       until: date = "2026-01-01" -- shipments dated before this day
// @param       tolerance: float = 0.05 [0, 10] -- accepted excess of exports over receipts, as a share of receipts
// @param       minGapKg: float = 20 [0, 1e9] -- smallest excess that counts, fine kg
// @param       limit: integer = 100 [1, 10000] -- most company-years returned
// @returns     One row per company and year: subjectId (the company), pattern, score (gap, fine kg),
//              flagged (the company, its suppliers and buyers), evidenceNodes (the shipments),
//              evidenceLinks (CONSIGNED_TO and EXPORTED links with fine kg and dates), year,
//              receivedKg, exportedKg, gapKg, received, exported.
// Only a company that both receives and exports can have a gap, and few do (traders and
// refiners): they are found by their links' existence, and only their shipments are read.
// Counterparts are read only for the gaps found.
MATCH (c:Company)
WHERE (c.caseId IS NULL OR c.caseId IN $visibleCaseIds)
  AND EXISTS { (c)-[:EXPORTED]->() } AND EXISTS { ()-[:CONSIGNED_TO]->(c) }
CALL (c) {
  MATCH (s)-[r:CONSIGNED_TO]->(c)
  RETURN s, r, true AS received
  UNION ALL
  MATCH (c)-[r:EXPORTED]->(s)
  RETURN s, r, false AS received
}
WITH s, r, c, received, s.date AS date
WHERE date >= $from AND date < $until AND s:Shipment AND s.commodity = 'GOLD'
  AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds) AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
// Shipments are listed in date order.
WITH c, s, received, date ORDER BY date, s.id
WITH c, date.year AS year,
     collect(DISTINCT CASE WHEN received THEN s END) AS received,
     collect(DISTINCT CASE WHEN NOT received THEN s END) AS exported
WITH c, year, received, exported,
     reduce(kg = 0.0, s IN received | kg + coalesce(s.fineKg, 0.0)) AS receivedKg,
     reduce(kg = 0.0, s IN exported | kg + coalesce(s.fineKg, 0.0)) AS exportedKg
WHERE receivedKg > 0 AND exportedKg > 0
  AND exportedKg - receivedKg > $tolerance * receivedKg
  AND exportedKg - receivedKg >= $minGapKg
WITH c, year, received, exported, receivedKg, exportedKg,
     COLLECT {
       UNWIND received AS s
       MATCH (e)-[xe:EXPORTED]->(s)
       WHERE (xe.caseId IS NULL OR xe.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
       RETURN e.id AS id
       UNION
       UNWIND exported AS s
       MATCH (s)-[cb:CONSIGNED_TO]->(b)
       WHERE (cb.caseId IS NULL OR cb.caseId IN $visibleCaseIds) AND (b.caseId IS NULL OR b.caseId IN $visibleCaseIds)
       RETURN b.id AS id
     } AS counterparts
RETURN c.id AS subjectId,
       'MASS_BALANCE_GAP' AS pattern,
       exportedKg - receivedKg AS score,
       reduce(acc = [c.id], x IN counterparts | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       [s IN received + exported | s.id] AS evidenceNodes,
       [s IN received | {type: 'CONSIGNED_TO', from: s.id, to: c.id, fineKg: s.fineKg, at: toString(s.date)}] +
       [s IN exported | {type: 'EXPORTED', from: c.id, to: s.id, fineKg: s.fineKg, at: toString(s.date)}] AS evidenceLinks,
       year,
       receivedKg,
       exportedKg,
       exportedKg - receivedKg AS gapKg,
       [s IN received | s.id] AS received,
       [s IN exported | s.id] AS exported
ORDER BY score DESC, subjectId, year
LIMIT $limit
