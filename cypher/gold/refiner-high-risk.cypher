// @name        refiner-high-risk
// @title       Refiners receiving high-risk gold
// @description A refinery that received at least minShipmentsPerYear high-risk GOLD shipments
//              dated in one calendar year. A shipment is high-risk when it left a conflict-affected
//              or high-risk country (cahra), or when it is declared as scrap or recycled metal
//              (materialType in scrapMaterials) and left or transited a known gold transit hub: mined
//              gold relabelled as "scrap" on its way through a hub loses its origin.
// @pattern     GOLD_REFINER_HIGH_RISK
// @source      TYPOLOGIES.md §3.2 G11 (OECD red-flag locations; LBMA RGG v9 steps 1 and 3; Elemetal;
//              Swiss and UAE refining chain); defaults from the demo's ground truth rules (3 a year,
//              SCRAP and RECYCLED).
// @param       from: date = "2019-01-01" -- shipments dated on or after this day
// @param       until: date = "2026-01-01" -- shipments dated before this day
// @param       minShipmentsPerYear: integer = 3 [1, 100000] -- fewest high-risk shipments in one year
// @param       scrapMaterials: string[] = ["SCRAP", "RECYCLED"] [0, 10] -- material types treated as scrap
// @param       limit: integer = 100 [1, 10000] -- most refinery-years returned
// @returns     One row per refinery and year: subjectId (the refinery), pattern, score (high-risk
//              shipments), flagged (refinery and suppliers), evidenceNodes, evidenceLinks (RECEIVED_BY,
//              FROM_COUNTRY and VIA links, EXPORTED links), year, shipments, reasons (CAHRA_ORIGIN,
//              SCRAP_VIA_TRANSIT_HUB), fineKg.
// Only a shipment that left or transited a CAHRA country or a transit hub can be high-risk: the
// candidates are read from those few countries; each one's reasons are then worked out in full.
CALL () {
  MATCH (c:Country)<-[:FROM_COUNTRY|VIA]-(s:Shipment)
  WHERE c.cahra = true OR c.transitHub = true
  RETURN DISTINCT s
}
WITH s
WHERE s.date >= $from AND s.date < $until AND s.commodity = 'GOLD'
  AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
WITH s ORDER BY s.date
MATCH (s)-[rb:RECEIVED_BY]->(r:Refinery)
WHERE (rb.caseId IS NULL OR rb.caseId IN $visibleCaseIds) AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
CALL (s) {
  OPTIONAL MATCH (s)-[fc:FROM_COUNTRY]->(origin:Country)
  WHERE (fc.caseId IS NULL OR fc.caseId IN $visibleCaseIds) AND (origin.caseId IS NULL OR origin.caseId IN $visibleCaseIds)
  OPTIONAL MATCH (s)-[v:VIA]->(transit:Country)
  WHERE (v.caseId IS NULL OR v.caseId IN $visibleCaseIds) AND (transit.caseId IS NULL OR transit.caseId IN $visibleCaseIds)
  WITH collect(DISTINCT origin) AS origins, collect(DISTINCT transit) AS transits
  RETURN CASE WHEN any(c IN origins WHERE c.cahra = true) THEN ['CAHRA_ORIGIN'] ELSE [] END +
         CASE WHEN s.materialType IN $scrapMaterials AND any(c IN origins + transits WHERE c.transitHub = true)
              THEN ['SCRAP_VIA_TRANSIT_HUB'] ELSE [] END AS reasons,
         [c IN origins | {type: 'FROM_COUNTRY', from: s.id, to: c.id}] + [c IN transits | {type: 'VIA', from: s.id, to: c.id}] AS routeLinks
}
WITH r, s, rb, reasons, routeLinks
WHERE size(reasons) > 0
WITH r, s.date.year AS year, collect(s) AS shipments, collect(rb) AS receipts,
     reduce(acc = [], x IN collect(reasons) | acc + [y IN x WHERE NOT y IN acc]) AS reasons,
     reduce(acc = [], x IN collect(routeLinks) | acc + x) AS routeLinks
WHERE size(shipments) >= $minShipmentsPerYear
CALL (shipments) {
  UNWIND shipments AS s
  OPTIONAL MATCH (e)-[x:EXPORTED]->(s)
  WHERE (x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
  RETURN collect(DISTINCT e.id) AS suppliers, [l IN collect({type: 'EXPORTED', from: e.id, to: s.id}) WHERE l.from IS NOT NULL] AS exports
}
RETURN r.id AS subjectId,
       'GOLD_REFINER_HIGH_RISK' AS pattern,
       size(shipments) AS score,
       [r.id] + suppliers AS flagged,
       [s IN shipments | s.id] AS evidenceNodes,
       [s IN shipments | {type: 'RECEIVED_BY', from: s.id, to: r.id, fineKg: s.fineKg, at: toString(s.date), materialType: s.materialType}] +
       routeLinks + exports AS evidenceLinks,
       year,
       [s IN shipments | s.id] AS shipments,
       reasons,
       reduce(kg = 0.0, s IN shipments | kg + coalesce(s.fineKg, 0.0)) AS fineKg
ORDER BY score DESC, subjectId, year
LIMIT $limit
