// @name        export-over-capacity
// @title       Exports over a mine's capacity
// @description A mine declared as the origin of more gold in a calendar year than it can produce:
//              the fine kg of GOLD shipments of that year that name it (DECLARED_ORIGIN.fineKg)
//              exceed tolerance times its capacity. Capacity is the smaller of its plausible annual
//              production and the largest maximum of the mining concessions covering it and valid
//              in that year (issued by 31 December, expiring on or after 1 January); the plausible
//              production alone when no concession is valid. Gold of other origin is laundered
//              through the paperwork of a legal mine ("shell titles").
// @pattern     GOLD_EXPORT_OVER_CAPACITY
// @source      TYPOLOGIES.md §3.2 G1/G2 (OECD "volumes out of keeping with production"; Instituto
//              Escolhas on Brazil; Peru cases); defaults from the demo's ground truth rules (1.2).
// @param       from: date = "2019-01-01" -- shipments dated on or after this day
// @param       until: date = "2026-01-01" -- shipments dated before this day
// @param       tolerance: float = 1.2 [0, 100] -- declared fine kg may reach this multiple of capacity
// @param       limit: integer = 100 [1, 10000] -- most mine-years returned
// @returns     One row per mine and year: subjectId (the mine), pattern, score (declared / capacity),
//              flagged (the mine and the exporters), evidenceNodes, evidenceLinks (DECLARED_ORIGIN
//              links with fine kg and dates, and the EXPORTED links), year, declaredKg, capacityKg,
//              plausibleKg, licenceKg, shipments.
// From each mine: only shipments declaring a mine origin are read (not every shipment), and the
// mine's concessions once (not once per year).
MATCH (m:Mine)
WHERE (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
CALL (m) {
  OPTIONAL MATCH (l:Licence)-[cv:COVERS]->(m)
  WHERE l.licenceType = 'MINING_CONCESSION'
    AND (l.caseId IS NULL OR l.caseId IN $visibleCaseIds)
    AND (cv.caseId IS NULL OR cv.caseId IN $visibleCaseIds)
  RETURN collect({issued: l.issueDate.year, expires: l.expiryDate.year, kg: l.maxAnnualKg}) AS concessions
}
CALL (m) {
  MATCH (m)<-[o:DECLARED_ORIGIN]-(s:Shipment)
  WHERE s.date >= $from AND s.date < $until AND s.commodity = 'GOLD'
    AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
    AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds)
  WITH s.date AS date, o.fineKg AS kg ORDER BY date
  RETURN date.year AS year, sum(kg) AS declaredKg
}
// The largest annual quantity among the concessions in force that year (null when none).
WITH m, year, declaredKg,
     reduce(kg = null, c IN concessions |
            CASE WHEN c.issued <= year AND (c.expires IS NULL OR c.expires >= year) AND c.kg IS NOT NULL
                      AND (kg IS NULL OR c.kg > kg)
                 THEN c.kg ELSE kg END) AS licenceKg
WITH m, year, declaredKg, licenceKg,
     CASE WHEN licenceKg IS NULL OR m.plausibleAnnualKg < licenceKg THEN m.plausibleAnnualKg ELSE licenceKg END AS capacityKg
WHERE declaredKg > $tolerance * capacityKg
// The shipments behind a year over capacity are listed only for such years.
CALL (m, year) {
  MATCH (m)<-[o:DECLARED_ORIGIN]-(s:Shipment)
  WHERE s.date >= $from AND s.date < $until AND s.date.year = year AND s.commodity = 'GOLD'
    AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
    AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds)
  WITH s, o ORDER BY s.date
  RETURN collect(s) AS ships,
         collect({type: 'DECLARED_ORIGIN', from: s.id, to: m.id, fineKg: o.fineKg, at: toString(s.date)}) AS origins
}
CALL (ships) {
  UNWIND ships AS s
  MATCH (e)-[x:EXPORTED]->(s)
  WHERE (x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
  RETURN collect(DISTINCT e.id) AS exporters, collect({type: 'EXPORTED', from: e.id, to: s.id}) AS exports
}
RETURN m.id AS subjectId,
       'GOLD_EXPORT_OVER_CAPACITY' AS pattern,
       CASE WHEN capacityKg > 0 THEN declaredKg / capacityKg ELSE declaredKg END AS score,
       [m.id] + exporters AS flagged,
       [o IN origins | o.from] AS evidenceNodes,
       origins + exports AS evidenceLinks,
       year,
       declaredKg,
       capacityKg,
       m.plausibleAnnualKg AS plausibleKg,
       licenceKg,
       [o IN origins | o.from] AS shipments
ORDER BY score DESC, subjectId, year
LIMIT $limit
