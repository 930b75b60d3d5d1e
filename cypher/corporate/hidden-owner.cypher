// @name        hidden-owner
// @title       Hidden owners: ultimate beneficial owners reached only through chains
// @description A person and a company the person does not own directly, where the person's
//              effective share — the sum over simple OWNS chains (up to maxChainLength links, at
//              most 8, a fixed hop bound) of the product of their shares — is at least uboThreshold
//              and the longest such chain has at least minChainLength links. Ownership layered
//              through holdings in several jurisdictions keeps a beneficial owner off the register.
// @pattern     CORP_HIDDEN_OWNER
// @source      TYPOLOGIES.md §2.3 A13 (UBO chains; EU/UK 25 % threshold; LBMA RGG v9 KYC); defaults
//              from the demo's ground truth rules (25 %, chains of 3 to 8 links).
// @param       uboThreshold: float = 0.25 [0, 1] -- smallest effective share
// @param       minChainLength: integer = 3 [2, 8] -- the longest chain has at least this many links
// @param       maxChainLength: integer = 8 [2, 8] -- longest chain followed, links
// @param       limit: integer = 100 [1, 10000] -- most person–company pairs returned
// @returns     One row per person and company: subjectId (the person), pattern, score (effective
//              share), flagged (person, company and the companies between), evidenceNodes,
//              evidenceLinks (the OWNS links of the chains, with shares), company, effectiveShare,
//              chains (number of chains), longestChain.
MATCH (p:Person)
WHERE (p.caseId IS NULL OR p.caseId IN $visibleCaseIds)
  AND EXISTS { (p)-[:OWNS]->(:Company)-[:OWNS]->(:Company) }
MATCH chain = (p)-[:OWNS]->{2,8}(c:Company)
WHERE length(chain) <= $maxChainLength
  AND all(k IN range(0, length(chain) - 1) WHERE NOT nodes(chain)[k] IN nodes(chain)[k + 1..])
  AND all(n IN nodes(chain) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds)
  AND all(r IN relationships(chain) WHERE r.caseId IS NULL OR r.caseId IN $visibleCaseIds)
  AND NOT EXISTS { MATCH (p)-[d:OWNS]->(c) WHERE d.caseId IS NULL OR d.caseId IN $visibleCaseIds }
WITH p, c, collect(chain) AS chains,
     sum(reduce(share = 1.0, r IN relationships(chain) | share * coalesce(r.share, 0.0))) AS effectiveShare,
     max(length(chain)) AS longestChain
WHERE effectiveShare >= $uboThreshold - 1e-9 AND longestChain >= $minChainLength
WITH p, c, chains, effectiveShare, longestChain,
     reduce(acc = [], ch IN chains | acc + relationships(ch)) AS rels,
     reduce(acc = [], ch IN chains | acc + [n IN nodes(ch) | n.id]) AS ids
WITH p, c, chains, effectiveShare, longestChain, ids,
     reduce(acc = [], r IN rels | CASE WHEN r IN acc THEN acc ELSE acc + r END) AS rels
RETURN p.id AS subjectId,
       'CORP_HIDDEN_OWNER' AS pattern,
       effectiveShare AS score,
       reduce(acc = [p.id, c.id], x IN ids | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS flagged,
       reduce(acc = [], x IN ids | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS evidenceNodes,
       [r IN rels | {type: 'OWNS', from: startNode(r).id, to: endNode(r).id, share: r.share}] AS evidenceLinks,
       c.id AS company,
       effectiveShare,
       size(chains) AS chains,
       longestChain
ORDER BY score DESC, subjectId
LIMIT $limit
