// @name        shell-network
// @title       Shell networks: mass-registration addresses and nominee directors
// @description Two signs of companies created to hide who is behind them: an address at which at
//              least minCompaniesAtAddress companies are registered (a registered agent's office,
//              a mass-registration address), and a person who is director of at least
//              minDirectorships companies (a nominee director). Identifiers (PHONE:, EMAIL:) that
//              several of the companies share are listed as corroboration, not as a criterion.
// @pattern     CORP_SHELL_NETWORK
// @source      TYPOLOGIES.md §2.3 A12 (ICIJ Offshore Leaks address and "joint involvement" queries;
//              FATF/Egmont TBML structural indicators); defaults from the demo's ground truth rules
//              (6 companies at an address, 5 directorships), scaled to a case file, not a registry.
// @param       minCompaniesAtAddress: integer = 6 [2, 100000] -- fewest companies registered at one address
// @param       minDirectorships: integer = 5 [2, 100000] -- fewest companies one person directs
// @param       limit: integer = 100 [1, 10000] -- most addresses and persons returned
// @returns     One row per address or person: subjectId, pattern, score (companies), flagged (the
//              subject and its companies), evidenceNodes, evidenceLinks (REGISTERED_AT or DIRECTOR_OF
//              links), kind (MASS_REGISTRATION_ADDRESS or NOMINEE_DIRECTOR), companies,
//              sharedIdentifiers (identifiers held by two or more of the companies).
CALL () {
  MATCH (addr:Address)<-[r:REGISTERED_AT]-(c:Company)
  WHERE (addr.caseId IS NULL OR addr.caseId IN $visibleCaseIds)
    AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
    AND (c.caseId IS NULL OR c.caseId IN $visibleCaseIds)
  WITH addr, collect(DISTINCT c) AS companies
  WHERE size(companies) >= $minCompaniesAtAddress
  RETURN addr.id AS subject, 'MASS_REGISTRATION_ADDRESS' AS kind, companies, 'REGISTERED_AT' AS via, false AS outward
  UNION ALL
  MATCH (p:Person)-[r:DIRECTOR_OF]->(c:Company)
  WHERE (p.caseId IS NULL OR p.caseId IN $visibleCaseIds)
    AND (r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
    AND (c.caseId IS NULL OR c.caseId IN $visibleCaseIds)
  WITH p, collect(DISTINCT c) AS companies
  WHERE size(companies) >= $minDirectorships
  RETURN p.id AS subject, 'NOMINEE_DIRECTOR' AS kind, companies, 'DIRECTOR_OF' AS via, true AS outward
}
WITH subject, kind, companies, via, outward,
     reduce(acc = [], c IN companies | acc + [x IN coalesce(c.identifiers, []) WHERE x STARTS WITH 'PHONE:' OR x STARTS WITH 'EMAIL:']) AS identifiers
WITH subject, kind, companies, via, outward,
     reduce(acc = [], x IN identifiers | CASE WHEN x IN acc OR size([y IN identifiers WHERE y = x]) < 2 THEN acc ELSE acc + x END) AS shared
RETURN subject AS subjectId,
       'CORP_SHELL_NETWORK' AS pattern,
       size(companies) AS score,
       [subject] + [c IN companies | c.id] AS flagged,
       [subject] + [c IN companies | c.id] AS evidenceNodes,
       [c IN companies | CASE WHEN outward THEN {type: via, from: subject, to: c.id} ELSE {type: via, from: c.id, to: subject} END] AS evidenceLinks,
       kind,
       [c IN companies | c.id] AS companies,
       shared AS sharedIdentifiers
ORDER BY score DESC, subjectId
LIMIT $limit
