// @name        mercury
// @title       Mercury reaching illegal mining
// @description A party that received a MERCURY shipment (CONSIGNED_TO) or was involved in a
//              seizure of mercury, and lies within maxHops links (either direction, of the types in
//              relationships) of a mine whose legal status is in mineStatuses. Mercury is the key
//              input of artisanal gold mining; its trade into illegal sites is itself a crime.
// @pattern     GOLD_MERCURY
// @source      TYPOLOGIES.md §3.2 G14 (mercury trafficking Mexico–Bolivia–Peru; Minamata Convention);
//              defaults from the demo's ground truth rules (2 links; OPERATES, SOLD_TO, OWNS,
//              DIRECTOR_OF, FAMILY_OF, ASSOCIATE_OF; ILLEGAL mines).
// @param       from: date = "2019-01-01" -- shipments and seizures dated on or after this day
// @param       until: date = "2026-01-01" -- shipments and seizures dated before this day
// @param       maxHops: integer = 2 [1, 4] -- most links between the party and the mine
// @param       relationships: string[] = ["OPERATES", "SOLD_TO", "OWNS", "DIRECTOR_OF", "FAMILY_OF", "ASSOCIATE_OF"] [1, 6] -- link types followed (a subset of the default)
// @param       mineStatuses: string[] = ["ILLEGAL"] [1, 3] -- legal statuses of the mines sought
// @param       limit: integer = 100 [1, 10000] -- most parties returned
// @returns     One row per party: subjectId (the company or person), pattern, score (mercury kg
//              received or seized), flagged (party, the mines and the entities between), evidenceNodes
//              (shipments, seizures), evidenceLinks (CONSIGNED_TO or INVOLVED_IN links with kg and
//              dates, and the links of the shortest path to each mine), mines, distance.
CALL () {
  MATCH (s:Shipment)-[ct:CONSIGNED_TO]->(party)
  WHERE s.date >= $from AND s.date < $until AND s.commodity = 'MERCURY'
    AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds)
    AND (ct.caseId IS NULL OR ct.caseId IN $visibleCaseIds)
    AND (party.caseId IS NULL OR party.caseId IN $visibleCaseIds)
  RETURN party, s AS source, coalesce(s.grossWeightKg, 0.0) AS kg, {type: 'CONSIGNED_TO', from: s.id, to: party.id, at: toString(s.date)} AS link
  UNION
  MATCH (z:Seizure)<-[iv:INVOLVED_IN]-(party)
  WHERE z.date >= $from AND z.date < $until AND z.goods = 'MERCURY'
    AND (z.caseId IS NULL OR z.caseId IN $visibleCaseIds)
    AND (iv.caseId IS NULL OR iv.caseId IN $visibleCaseIds)
    AND (party.caseId IS NULL OR party.caseId IN $visibleCaseIds)
  RETURN party, z AS source, coalesce(z.weightKg, 0.0) AS kg, {type: 'INVOLVED_IN', from: party.id, to: z.id, at: toString(z.date)} AS link
}
WITH party, collect(source.id) AS sources, sum(kg) AS mercuryKg, collect(link) AS mercuryLinks
CALL (party) {
  MATCH near = ANY SHORTEST (party)
        ((a)-[r:OPERATES|SOLD_TO|OWNS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF]-(b)
          WHERE type(r) IN $relationships
            AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
            AND (b.caseId IS NULL OR b.caseId IN $visibleCaseIds)){1,4}
        (m:Mine WHERE m.legalStatus IN $mineStatuses)
  WHERE length(near) <= $maxHops
  RETURN m, near AS path
}
WITH party, sources, mercuryKg, mercuryLinks, collect(m.id) AS mines, collect(path) AS paths
WITH party, sources, mercuryKg, mercuryLinks, mines, paths,
     reduce(acc = [], p IN paths | acc + [r IN relationships(p) WHERE NOT r IN acc]) AS rels,
     reduce(acc = [], p IN paths | acc + [n IN nodes(p) WHERE NOT n.id IN acc | n.id]) AS onPaths
RETURN party.id AS subjectId,
       'GOLD_MERCURY' AS pattern,
       mercuryKg AS score,
       reduce(acc = [party.id], x IN onPaths | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       sources AS evidenceNodes,
       mercuryLinks + [r IN rels | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS evidenceLinks,
       mines,
       reduce(d = 99, p IN paths | CASE WHEN length(p) < d THEN length(p) ELSE d END) AS distance
ORDER BY score DESC, subjectId
LIMIT $limit
