// @name        asset-trace
// @title       Asset tracing: what a person owns, directly and through companies
// @description Every company a person owns through chains of shareholdings (up to maxChainLength
//              links, at most 8, a fixed hop bound), with the person's effective share — the product
//              of the shares along a chain, summed over simple chains — and every bank account, mine,
//              licence and shipment held, operated or exported by the person or those companies. The
//              start of a confiscation schedule: each asset with the share of it that traces back to
//              the person and the route of ownership.
// @source      TYPOLOGIES.md §2.3 A13 (effective share along ownership chains; Neo4j UBO demo);
//              DOMAIN.md §3 (ultimate beneficial owners).
// @param       personId: id -- the person whose assets are traced
// @param       maxChainLength: integer = 6 [1, 8] -- longest ownership chain followed, links
// @param       minShare: float = 0 [0, 1] -- companies with a smaller effective share are left out
// @param       limit: integer = 1000 [1, 10000] -- most assets returned
// @returns     One row per asset: assetId, assetType (Company, BankAccount, Mine, Licence, Shipment),
//              name, relation (how its holder holds it: OWNS, HOLDS_ACCOUNT, OPERATES, HOLDS_LICENCE,
//              EXPORTED), holderId (the person or the company holding it), effectiveShare (the person's
//              share of the holder; 1 for the person's own), depth (ownership links to the holder),
//              route (ids from the person to the holder), detail (country, date, fine kg or value).
MATCH (p:Entity {id: $personId})
WHERE p:Person AND (p.caseId IS NULL OR p.caseId IN $visibleCaseIds)
CALL (p) {
  RETURN p AS holder, 1.0 AS share, [p.id] AS route, 0 AS depth
  UNION ALL
  MATCH chain = (p)-[:OWNS]->{1,8}(c:Company)
  WHERE length(chain) <= $maxChainLength
    AND all(k IN range(0, length(chain) - 1) WHERE NOT nodes(chain)[k] IN nodes(chain)[k + 1..])
    AND all(n IN nodes(chain) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
    AND all(r IN relationships(chain) WHERE r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
  WITH c, chain ORDER BY length(chain)
  WITH c, collect(chain) AS chains,
       sum(reduce(x = 1.0, r IN relationships(chain) | x * coalesce(r.share, 0.0))) AS share
  RETURN c AS holder, share, [n IN nodes(head(chains)) | n.id] AS route, length(head(chains)) AS depth
}
WITH p, holder, share, route, depth
WHERE holder = p OR share >= $minShare
CALL (holder, share) {
  WITH holder, share WHERE holder:Company
  RETURN holder AS asset, 'OWNS' AS relation
  UNION
  MATCH (holder)-[r:HOLDS_ACCOUNT]->(asset:BankAccount)
  WHERE (r.caseId IS NULL OR r.caseId IN $visibleCaseIds) AND (asset.caseId IS NULL OR asset.caseId IN $visibleCaseIds)
  RETURN asset, 'HOLDS_ACCOUNT' AS relation
  UNION
  MATCH (holder)-[r:OPERATES]->(asset:Mine)
  WHERE (r.caseId IS NULL OR r.caseId IN $visibleCaseIds) AND (asset.caseId IS NULL OR asset.caseId IN $visibleCaseIds)
  RETURN asset, 'OPERATES' AS relation
  UNION
  MATCH (holder)-[r:HOLDS_LICENCE]->(asset:Licence)
  WHERE (r.caseId IS NULL OR r.caseId IN $visibleCaseIds) AND (asset.caseId IS NULL OR asset.caseId IN $visibleCaseIds)
  RETURN asset, 'HOLDS_LICENCE' AS relation
  UNION
  MATCH (holder)-[r:EXPORTED]->(asset:Shipment)
  WHERE (r.caseId IS NULL OR r.caseId IN $visibleCaseIds) AND (asset.caseId IS NULL OR asset.caseId IN $visibleCaseIds)
  RETURN asset, 'EXPORTED' AS relation
}
RETURN asset.id AS assetId,
       [l IN labels(asset) WHERE l IN ['Company', 'BankAccount', 'Mine', 'Licence', 'Shipment']][0] AS assetType,
       coalesce(asset.name, asset.accountNumber, asset.number, asset.customsRef) AS name,
       relation,
       holder.id AS holderId,
       CASE WHEN relation = 'OWNS' THEN share ELSE CASE WHEN holder = p THEN 1.0 ELSE share END END AS effectiveShare,
       depth,
       route,
       {country: coalesce(asset.country, asset.jurisdiction, asset.originCountry), date: toString(coalesce(asset.date, asset.issueDate, asset.openedDate)),
        fineKg: asset.fineKg, valueUsd: asset.declaredValueUsd} AS detail
ORDER BY depth, effectiveShare DESC, assetType, assetId
LIMIT $limit
