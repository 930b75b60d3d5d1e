
MATCH (s:Entity) WHERE s.id IN $accounts
MATCH (s)-[sf:SENT]->(t0:Transaction)
WHERE (sf.caseId IS NULL OR sf.caseId IN $visibleCaseIds) AND (t0.caseId IS NULL OR t0.caseId IN $visibleCaseIds) AND t0.amountUsd >= $minAmount
  AND ($fromTs IS NULL OR t0.timestamp >= $fromTs) AND ($untilTs IS NULL OR t0.timestamp < $untilTs)
MATCH (s)-[sf]->(t0)
      ((ti:Transaction)-[ri:TO]->(ai:BankAccount)-[si:SENT]->(tj:Transaction)
        WHERE ti.timestamp < tj.timestamp <= ti.timestamp + $dwell
          AND tj.amountUsd >= $minAmount AND ($tolerance IS NULL OR (1 - $tolerance) * ti.amountUsd <= tj.amountUsd <= (1 + $tolerance) * ti.amountUsd)
          AND ($untilTs IS NULL OR tj.timestamp < $untilTs)
          AND NOT ai.id IN $accounts
          AND (ri.caseId IS NULL OR ri.caseId IN $visibleCaseIds) AND (ai.caseId IS NULL OR ai.caseId IN $visibleCaseIds) AND (si.caseId IS NULL OR si.caseId IN $visibleCaseIds) AND (tj.caseId IS NULL OR tj.caseId IN $visibleCaseIds)){0,3}
      (tn:Transaction)-[rn:TO]->(d:BankAccount)
WHERE (rn.caseId IS NULL OR rn.caseId IN $visibleCaseIds) AND (d.caseId IS NULL OR d.caseId IN $visibleCaseIds)
  AND all(k IN range(0, size(ai) - 2) WHERE NOT ai[k] IN ai[k + 1..])
WITH s, d, ai, [t0] + tj AS txs, [sf] + si AS sent
LIMIT $maxPaths
RETURN [x IN [s] + ai + [d] | {id: x.id, labels: labels(x), properties: properties(x)}] AS accounts,
       [k IN range(0, size(txs) - 1) | {id: txs[k].id, amountUsd: txs[k].amountUsd, timestamp: toString(txs[k].timestamp),
         sourceId: sent[k].sourceId, from: ([s] + ai)[k].id, to: (ai + [d])[k].id}] AS transfers