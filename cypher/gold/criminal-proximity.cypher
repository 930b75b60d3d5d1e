// @name        criminal-proximity
// @title       Exporters and officials close to criminal groups
// @description An exporter (a company whose kinds include EXPORTER) or an official within maxHops
//              links (either direction, of the types in relationships, never through a criminal
//              group) of a person who is a member of a criminal group. Short paths through family,
//              associates, boards and shareholdings are how groups reach into the legal trade.
// @pattern     GOLD_CRIMINAL_PROXIMITY
// @source      TYPOLOGIES.md §3.2 G15 (UNICRI 2016 actor model; LBMA screening); defaults from the
//              demo's ground truth rules (3 links; OWNS, DIRECTOR_OF, FAMILY_OF, ASSOCIATE_OF).
// @param       maxHops: integer = 3 [1, 4] -- most links between the member and the exporter or official
// @param       relationships: string[] = ["OWNS", "DIRECTOR_OF", "FAMILY_OF", "ASSOCIATE_OF"] [1, 4] -- link types followed (a subset of the default)
// @param       limit: integer = 100 [1, 10000] -- most exporters and officials returned
// @returns     One row per exporter or official: subjectId, pattern, score (maxHops + 1 − distance:
//              closer is higher), flagged (subject, members, groups and the people between),
//              evidenceNodes, evidenceLinks (the links of the shortest paths and MEMBER_OF), kind
//              (EXPORTER or OFFICIAL), distance, members, groups.
MATCH (g:CriminalGroup)<-[mo:MEMBER_OF]-(member:Person)
WHERE (g.caseId IS NULL OR g.caseId IN $visibleCaseIds)
  AND (mo.caseId IS NULL OR mo.caseId IN $visibleCaseIds)
  AND (member.caseId IS NULL OR member.caseId IN $visibleCaseIds)
MATCH near = ANY SHORTEST (member)
      ((a)-[r:OWNS|DIRECTOR_OF|FAMILY_OF|ASSOCIATE_OF]-(b)
        WHERE type(r) IN $relationships
          AND NOT b:CriminalGroup
          AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
          AND (b.caseId IS NULL OR b.caseId IN $visibleCaseIds)){1,4}
      (x WHERE x:Official OR (x:Company AND 'EXPORTER' IN x.kinds))
WHERE length(near) <= $maxHops AND x <> member
WITH x, g, member, near ORDER BY length(near)
WITH x, collect({group: g.id, member: member.id, path: near}) AS reaches
WITH x, reaches, length(reaches[0].path) AS distance
WITH x, distance, [r IN reaches WHERE length(r.path) = distance] AS closest
WITH x, distance, closest,
     reduce(acc = [], c IN closest | acc + [r IN relationships(c.path) WHERE NOT r IN acc]) AS rels,
     reduce(acc = [], c IN closest | acc + [n IN nodes(c.path) WHERE NOT n.id IN acc | n.id]) AS onPaths
RETURN x.id AS subjectId,
       'GOLD_CRIMINAL_PROXIMITY' AS pattern,
       $maxHops + 1 - distance AS score,
       reduce(acc = [x.id], y IN onPaths + [c IN closest | c.group] | CASE WHEN y IN acc THEN acc ELSE acc + y END) AS flagged,
       onPaths AS evidenceNodes,
       [r IN rels | {type: type(r), from: startNode(r).id, to: endNode(r).id}] +
       reduce(acc = [], c IN closest | CASE WHEN {type: 'MEMBER_OF', from: c.member, to: c.group} IN acc THEN acc
                                             ELSE acc + {type: 'MEMBER_OF', from: c.member, to: c.group} END) AS evidenceLinks,
       CASE WHEN x:Official THEN 'OFFICIAL' ELSE 'EXPORTER' END AS kind,
       distance,
       reduce(acc = [], c IN closest | CASE WHEN c.member IN acc THEN acc ELSE acc + c.member END) AS members,
       reduce(acc = [], c IN closest | CASE WHEN c.group IN acc THEN acc ELSE acc + c.group END) AS groups
ORDER BY score DESC, subjectId
LIMIT $limit
