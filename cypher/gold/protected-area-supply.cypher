// @name        protected-area-supply
// @title       Mines in protected areas or indigenous territories supplying exporters
// @description A mine lying inside a protected area or indigenous territory that is linked to an
//              exporter (a company whose kinds include EXPORTER): the exporter ships gold declared
//              as coming from the mine, or operates it, or buys from it through a chain of 1 to
//              maxSupplyHops SOLD_TO links (buyer to buyer). Gold from such land is illegal at source
//              whatever papers it later gets.
// @pattern     GOLD_PROTECTED_AREA_SUPPLY
// @source      TYPOLOGIES.md §3.2 G6 (Yanomami and Escolhas categories in Brazil; LBMA RGG v9 on
//              IUCN and World Heritage sites); defaults from the demo's ground truth rules (3 hops).
// @param       maxSupplyHops: integer = 3 [1, 6] -- longest SOLD_TO chain from the mine to an exporter
// @param       limit: integer = 100 [1, 10000] -- most mines returned
// @returns     One row per mine: subjectId (the mine), pattern, score (number of exporters linked),
//              flagged (mine, exporters and the buyers between), evidenceNodes, evidenceLinks (INSIDE,
//              SOLD_TO, OPERATES, DECLARED_ORIGIN and EXPORTED links), area, areaKind, exporters, how
//              (SHIPMENT, OPERATOR or SUPPLY_CHAIN per link found).
MATCH (m:Mine)-[ins:INSIDE]->(area:ProtectedArea)
WHERE (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
  AND (ins.caseId IS NULL OR ins.caseId IN $visibleCaseIds)
  AND (area.caseId IS NULL OR area.caseId IN $visibleCaseIds)
CALL (m) {
  MATCH (m)<-[o:DECLARED_ORIGIN]-(s:Shipment)<-[x:EXPORTED]-(e:Company)
  WHERE 'EXPORTER' IN e.kinds
    AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
    AND (x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
  RETURN e.id AS exporter, 'SHIPMENT' AS how, [s.id] AS between,
         [{type: 'DECLARED_ORIGIN', from: s.id, to: m.id, fineKg: o.fineKg, at: toString(s.date)}, {type: 'EXPORTED', from: e.id, to: s.id}] AS links
  UNION
  MATCH (m)<-[op:OPERATES]-(e:Company)
  WHERE 'EXPORTER' IN e.kinds
    AND (op.caseId IS NULL OR op.caseId IN $visibleCaseIds) AND (e.caseId IS NULL OR e.caseId IN $visibleCaseIds)
  RETURN e.id AS exporter, 'OPERATOR' AS how, [] AS between, [{type: 'OPERATES', from: e.id, to: m.id}] AS links
  UNION
  MATCH chain = (m)-[:SOLD_TO]->{1,6}(e:Company)
  WHERE length(chain) <= $maxSupplyHops AND 'EXPORTER' IN e.kinds
    AND all(n IN nodes(chain) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
    AND all(r IN relationships(chain) WHERE r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
  RETURN e.id AS exporter, 'SUPPLY_CHAIN' AS how, [n IN nodes(chain)[1..-1] | n.id] AS between,
         [r IN relationships(chain) | {type: 'SOLD_TO', from: startNode(r).id, to: endNode(r).id, kgPerYear: r.kgPerYear}] AS links
}
WITH m, area, ins, collect(DISTINCT exporter) AS exporters, collect(DISTINCT how) AS how,
     reduce(acc = [], b IN collect(between) | acc + b) AS between, reduce(acc = [], l IN collect(links) | acc + l) AS links
RETURN m.id AS subjectId,
       'GOLD_PROTECTED_AREA_SUPPLY' AS pattern,
       size(exporters) AS score,
       reduce(acc = [m.id], x IN exporters + between | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       [m.id, area.id] AS evidenceNodes,
       [{type: 'INSIDE', from: m.id, to: area.id}] + links AS evidenceLinks,
       area.name AS area,
       area.areaKind AS areaKind,
       m.legalStatus AS legalStatus,
       exporters,
       how
ORDER BY score DESC, subjectId
LIMIT $limit
