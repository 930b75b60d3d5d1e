// @name        circular-ownership
// @title       Circular ownership
// @description Companies that own each other in a loop: a simple directed cycle of OWNS links
//              through minCompanies to maxCompanies distinct companies (at most 6, a fixed hop
//              bound of the pattern). A loop has no ultimate owner: control is hidden in it.
//              Each cycle is reported once, from its company with the smallest id.
// @pattern     CORP_CIRCULAR_OWNERSHIP
// @source      TYPOLOGIES.md §2.3 A12c (circular ownership; Neo4j UBO demo, corrected to directed
//              cycles); defaults from the demo's ground truth rules (2 to 6 companies).
// @param       minCompanies: integer = 2 [2, 6] -- fewest companies in the loop
// @param       maxCompanies: integer = 6 [2, 6] -- most companies in the loop
// @param       limit: integer = 100 [1, 10000] -- most cycles returned
// @returns     One row per cycle: subjectId (the company with the smallest id), pattern, score
//              (companies in the loop), flagged (the companies in order), evidenceNodes,
//              evidenceLinks (the OWNS links with their shares), companies, shares.
MATCH (c:Company)
WHERE (c.caseId IS NULL OR c.caseId IN $visibleCaseIds)
  AND EXISTS { (c)<-[:OWNS]-(:Company) }
  AND EXISTS { (c)-[:OWNS]->(:Company) }
MATCH (c) ((x:Company)-[o:OWNS]->(y:Company)
            WHERE (o.caseId IS NULL OR o.caseId IN $visibleCaseIds)
              AND (y.caseId IS NULL OR y.caseId IN $visibleCaseIds)){2,6} (c)
WHERE $minCompanies <= size(o) <= $maxCompanies
  AND all(k IN range(0, size(y) - 2) WHERE NOT y[k] IN y[k + 1..])
  AND all(z IN y WHERE c.id <= z.id)
RETURN c.id AS subjectId,
       'CORP_CIRCULAR_OWNERSHIP' AS pattern,
       size(o) AS score,
       [c.id] + [z IN y[..-1] | z.id] AS flagged,
       [c.id] + [z IN y[..-1] | z.id] AS evidenceNodes,
       [k IN range(0, size(o) - 1) | {type: 'OWNS', from: x[k].id, to: y[k].id, share: o[k].share}] AS evidenceLinks,
       [c.id] + [z IN y[..-1] | z.id] AS companies,
       [r IN o | r.share] AS shares
ORDER BY score DESC, subjectId
LIMIT $limit
