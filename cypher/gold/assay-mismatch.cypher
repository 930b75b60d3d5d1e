// @name        assay-mismatch
// @title       Assay inconsistent with the declared origin mine
// @description An evidence sample taken from a shipment, or from a seizure of a shipment, whose
//              element profile excludes the mine the shipment declares as its origin (p-value below
//              alpha) while it is consistent with another mine (p-value at least alpha). Only
//              comparisons the lab could decide count (not INCONCLUSIVE, at least minElements
//              elements): a refined bar keeps too little signature to exclude anything. The
//              p-values are those stored on COMPARED_WITH by the forensic comparison; wording
//              stays "consistent with" or "excluded", never "comes from".
// @pattern     GOLD_ASSAY_MISMATCH
// @source      TYPOLOGIES.md §3.2 G5 and §4 (LBMA RGG v9 misrepresentation of origin; Watling 1994;
//              chi-square on log concentrations); defaults from the demo's ground truth rules (alpha
//              0.01, 4 elements).
// @param       alpha: float = 0.01 [0.000001, 0.5] -- a mine is excluded below this p-value, consistent at or above it
// @param       minElements: integer = 4 [1, 100] -- fewest elements a comparison must rest on
// @param       limit: integer = 100 [1, 10000] -- most samples returned
// @returns     One row per sample: subjectId (the evidence sample), pattern, score (-log10 of the
//              declared mine's p-value), flagged (sample, shipment, declared and consistent mines,
//              exporter), evidenceNodes, evidenceLinks (TAKEN_FROM, SEIZED, DECLARED_ORIGIN and the
//              COMPARED_WITH links), shipment, declaredMine, pDeclared, consistentWith (mines and
//              p-values).
MATCH (smp:Sample)-[tf:TAKEN_FROM]->(src)
WHERE smp.sampleKind = 'EVIDENCE'
  AND (src:Shipment OR src:Seizure)
  AND (smp.caseId IS NULL OR smp.caseId IN $visibleCaseIds)
  AND (tf.caseId IS NULL OR tf.caseId IN $visibleCaseIds)
  AND (src.caseId IS NULL OR src.caseId IN $visibleCaseIds)
CALL (src) {
  MATCH (src:Shipment)
  RETURN src AS sh, null AS seized
  UNION
  MATCH (src:Seizure)-[sz:SEIZED]->(sh:Shipment)
  WHERE (sz.caseId IS NULL OR sz.caseId IN $visibleCaseIds) AND (sh.caseId IS NULL OR sh.caseId IN $visibleCaseIds)
  RETURN sh, {type: 'SEIZED', from: src.id, to: sh.id} AS seized
}
MATCH (sh)-[o:DECLARED_ORIGIN]->(declared:Mine)
WHERE (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) AND (declared.caseId IS NULL OR declared.caseId IN $visibleCaseIds)
WITH smp, tf, src, collect(DISTINCT sh) AS shipments, collect(DISTINCT declared) AS declaredMines,
     [x IN collect(seized) WHERE x IS NOT NULL] + collect({type: 'DECLARED_ORIGIN', from: sh.id, to: declared.id, fineKg: o.fineKg}) AS paperLinks
MATCH (smp)-[cx:COMPARED_WITH]->(dm:Mine)
WHERE dm IN declaredMines
  AND cx.verdict <> 'INCONCLUSIVE' AND cx.degreesOfFreedom >= $minElements AND cx.pValue < $alpha
  AND (cx.caseId IS NULL OR cx.caseId IN $visibleCaseIds)
WITH smp, tf, src, shipments, declaredMines, paperLinks, collect({mine: dm, link: cx}) AS exclusions
CALL (smp, declaredMines) {
  MATCH (smp)-[cc:COMPARED_WITH]->(alt:Mine)
  WHERE NOT alt IN declaredMines
    AND cc.verdict <> 'INCONCLUSIVE' AND cc.degreesOfFreedom >= $minElements AND cc.pValue >= $alpha
    AND (cc.caseId IS NULL OR cc.caseId IN $visibleCaseIds)
    AND (alt.caseId IS NULL OR alt.caseId IN $visibleCaseIds)
  RETURN collect({mine: alt, link: cc}) AS consistent
}
WITH smp, tf, src, shipments, declaredMines, paperLinks, exclusions, consistent
WHERE size(consistent) > 0
CALL (shipments) {
  UNWIND shipments AS sh
  MATCH (e)-[x:EXPORTED]->(sh)
  WHERE (x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
  RETURN collect(DISTINCT e.id) AS exporters
}
WITH smp, tf, src, shipments, paperLinks, exclusions, consistent, exporters,
     reduce(p = 1.0, x IN exclusions | CASE WHEN x.link.pValue < p THEN x.link.pValue ELSE p END) AS pDeclared
RETURN smp.id AS subjectId,
       'GOLD_ASSAY_MISMATCH' AS pattern,
       CASE WHEN pDeclared > 0 THEN -log10(pDeclared) ELSE 300.0 END AS score,
       reduce(acc = [smp.id], x IN [s IN shipments | s.id] + [x IN exclusions | x.mine.id] + [x IN consistent | x.mine.id] + exporters |
              CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       [smp.id, src.id] + [s IN shipments | s.id] AS evidenceNodes,
       [{type: 'TAKEN_FROM', from: smp.id, to: src.id}] + paperLinks +
       [x IN exclusions + consistent | {type: 'COMPARED_WITH', from: smp.id, to: x.mine.id, verdict: x.link.verdict, pValue: x.link.pValue}] AS evidenceLinks,
       [s IN shipments | s.id] AS shipments,
       [x IN exclusions | x.mine.id] AS declaredMine,
       pDeclared,
       [x IN consistent | {mine: x.mine.id, status: x.mine.legalStatus, pValue: x.link.pValue}] AS consistentWith
ORDER BY score DESC, subjectId
LIMIT $limit
