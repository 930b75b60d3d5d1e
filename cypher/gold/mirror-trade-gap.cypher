// @name        mirror-trade-gap
// @title       Mirror-trade gaps between reported exports and imports
// @description For an exporting country A, a partner B and a year: A's reported exports to B
//              (REPORTED_EXPORT netKg, for hsCode) against B's reported imports from A
//              (REPORTED_IMPORT netKg, 0 when absent). A gap of at least minGapKg and at least
//              minGapShare of the pair's mean is a sign of smuggling (imports above exports: gold
//              left A undeclared) or of misdeclared destinations (exports above imports).
// @pattern     GOLD_MIRROR_TRADE_GAP
// @source      TYPOLOGIES.md §3.2 G8 (SWISSAID on UAE–Africa gaps; Gara, Giammatteo & Tosti 2019 on
//              mirror statistics; HS 7108); defaults from the demo's ground truth rules (100 kg, 25 %).
// @param       hsCode: string = "7108" [1, 12] -- the commodity code compared (7108: non-monetary gold)
// @param       minGapKg: float = 100 [0, 1e9] -- smallest absolute gap, kg
// @param       minGapShare: float = 0.25 [0, 10] -- smallest gap as a share of the mean of the two reports
// @param       limit: integer = 100 [1, 10000] -- most country pairs and years returned
// @returns     One row per exporter, partner and year: subjectId (the exporting country), pattern,
//              score (absolute gap, kg), flagged (both countries), evidenceNodes, evidenceLinks (the
//              two reports with kg and year), partner, year, exportKg, importKg, gapKg, reading.
MATCH (a:Country)-[x:REPORTED_EXPORT]->(b:Country)
WHERE x.hsCode = $hsCode
  AND (a.caseId IS NULL OR a.caseId IN $visibleCaseIds)
  AND (x.caseId IS NULL OR x.caseId IN $visibleCaseIds)
  AND (b.caseId IS NULL OR b.caseId IN $visibleCaseIds)
OPTIONAL MATCH (b)-[i:REPORTED_IMPORT]->(a)
WHERE i.hsCode = $hsCode AND i.year = x.year AND (i.caseId IS NULL OR i.caseId IN $visibleCaseIds)
WITH a, b, x, head(collect(i)) AS i
WITH a, b, x, i, coalesce(x.netKg, 0.0) AS exportKg, coalesce(i.netKg, 0.0) AS importKg
WITH a, b, x, i, exportKg, importKg, importKg - exportKg AS gapKg
WHERE abs(gapKg) >= $minGapKg AND abs(gapKg) >= $minGapShare * (exportKg + importKg) / 2
RETURN a.id AS subjectId,
       'GOLD_MIRROR_TRADE_GAP' AS pattern,
       abs(gapKg) AS score,
       [a.id, b.id] AS flagged,
       [a.id, b.id] AS evidenceNodes,
       [{type: 'REPORTED_EXPORT', from: a.id, to: b.id, kg: exportKg, year: x.year}] +
       CASE WHEN i IS NULL THEN [] ELSE [{type: 'REPORTED_IMPORT', from: b.id, to: a.id, kg: importKg, year: i.year}] END AS evidenceLinks,
       b.id AS partner,
       x.year AS year,
       exportKg,
       importKg,
       gapKg,
       CASE WHEN gapKg > 0 THEN 'IMPORTS_EXCEED_EXPORTS' ELSE 'EXPORTS_EXCEED_IMPORTS' END AS reading
ORDER BY score DESC, subjectId, year
LIMIT $limit
