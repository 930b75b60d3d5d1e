UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})
WHERE (n.caseId IS NULL OR n.caseId IN $visibleCaseIds)

CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (r.caseId IS NULL OR r.caseId IN $visibleCaseIds) AND (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
    AND NOT (n:BankAccount AND m:Transaction AND (
          (type(r) = 'SENT' AND EXISTS { (m)-[:TO]->(:BankAccount) }) OR
          (type(r) = 'TO' AND EXISTS { (m)<-[:SENT]-(:BankAccount) })))
    AND ($entityTypes IS NULL OR any(l IN labels(m) WHERE l IN $entityTypes))
    AND ($untilDate IS NULL OR r.since IS NULL OR r.since <= $untilDate) AND ($fromDate IS NULL OR r.until IS NULL OR r.until >= $fromDate) AND ($fromDate IS NULL OR r.date IS NULL OR r.date >= $fromDate) AND ($untilDate IS NULL OR r.date IS NULL OR r.date <= $untilDate) AND ($fromDate IS NULL OR m.date IS NULL OR m.date >= $fromDate) AND ($untilDate IS NULL OR m.date IS NULL OR m.date <= $untilDate) AND ($fromTs IS NULL OR m.timestamp IS NULL OR m.timestamp >= $fromTs) AND ($untilTs IS NULL OR m.timestamp IS NULL OR m.timestamp < $untilTs)
  WITH type(r) AS linkType, split(m.id, '-')[0] AS prefix, r, m
  WITH linkType, prefix, count(*) AS total, collect({r: r, m: m})[..$perNode] AS sample
  RETURN collect({linkType: linkType, prefix: prefix, total: total,
                  sample: [x IN sample | {link: {id: x.r.id, type: type(x.r), from: startNode(x.r).id, to: endNode(x.r).id, properties: properties(x.r)}, node: {id: x.m.id, labels: labels(x.m), properties: properties(x.m)}}]}) AS groups
}

CALL (n) {
  MATCH (n)-[s:SENT]->(t:Transaction)-[o:TO]->(m:BankAccount)
  WHERE n:BankAccount AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds) AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds) AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) AND (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
    AND ($fromTs IS NULL OR t.timestamp >= $fromTs) AND ($untilTs IS NULL OR t.timestamp < $untilTs)
    AND ($entityTypes IS NULL OR 'BankAccount' IN $entityTypes)
  WITH m, t, s ORDER BY t.timestamp
  WITH m, count(t) AS count, sum(t.amountUsd) AS totalUsd, toString(min(t.timestamp)) AS firstAt,
       toString(max(t.timestamp)) AS lastAt, collect(t.id)[..500] AS transactionIds,
       [x IN collect(DISTINCT s.sourceId) WHERE x IS NOT NULL][..20] AS sourceIds
  ORDER BY totalUsd DESC, m.id
  WITH count(m) AS total,
       collect({from: n.id, to: m.id, count: count, totalUsd: totalUsd, firstAt: firstAt, lastAt: lastAt,
                transactionIds: transactionIds, sourceIds: sourceIds, m: m})[..$perNode] AS sample
  RETURN total AS outTotal,
         [f IN sample | {from: f.from, to: f.to, count: f.count, totalUsd: f.totalUsd, firstAt: f.firstAt,
                         lastAt: f.lastAt, transactionIds: f.transactionIds, sourceIds: f.sourceIds,
                         node: {id: f.m.id, labels: labels(f.m), properties: properties(f.m)}}] AS outFlows
}

CALL (n) {
  MATCH (n)<-[o:TO]-(t:Transaction)<-[s:SENT]-(m:BankAccount)
  WHERE n:BankAccount AND (s.caseId IS NULL OR s.caseId IN $visibleCaseIds) AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds) AND (o.caseId IS NULL OR o.caseId IN $visibleCaseIds) AND (m.caseId IS NULL OR m.caseId IN $visibleCaseIds)
    AND ($fromTs IS NULL OR t.timestamp >= $fromTs) AND ($untilTs IS NULL OR t.timestamp < $untilTs)
    AND ($entityTypes IS NULL OR 'BankAccount' IN $entityTypes)
  WITH m, t, s ORDER BY t.timestamp
  WITH m, count(t) AS count, sum(t.amountUsd) AS totalUsd, toString(min(t.timestamp)) AS firstAt,
       toString(max(t.timestamp)) AS lastAt, collect(t.id)[..500] AS transactionIds,
       [x IN collect(DISTINCT s.sourceId) WHERE x IS NOT NULL][..20] AS sourceIds
  ORDER BY totalUsd DESC, m.id
  WITH count(m) AS total,
       collect({from: m.id, to: n.id, count: count, totalUsd: totalUsd, firstAt: firstAt, lastAt: lastAt,
                transactionIds: transactionIds, sourceIds: sourceIds, m: m})[..$perNode] AS sample
  RETURN total AS inTotal,
         [f IN sample | {from: f.from, to: f.to, count: f.count, totalUsd: f.totalUsd, firstAt: f.firstAt,
                         lastAt: f.lastAt, transactionIds: f.transactionIds, sourceIds: f.sourceIds,
                         node: {id: f.m.id, labels: labels(f.m), properties: properties(f.m)}}] AS inFlows
}
WITH n, groups, outTotal, outFlows, inTotal, inFlows, COLLECT {
  UNWIND reduce(ids = [], gr IN groups | ids + [x IN gr.sample | x.link.properties.sourceId]) + reduce(ids = [], f IN outFlows + inFlows | ids + f.sourceIds) AS sid
  WITH DISTINCT sid WHERE sid IS NOT NULL
  OPTIONAL MATCH (d:Entity {id: sid}) WHERE d:SourceDocument AND (d.caseId IS NULL OR d.caseId IN $visibleCaseIds)
  RETURN {id: sid, document: CASE WHEN d IS NULL THEN null ELSE {id: d.id, title: d.title, kind: d.documentKind, date: toString(d.date)} END}
} AS documents
RETURN {id: n.id, node: CASE WHEN $withFrontierNodes THEN {id: n.id, labels: labels(n), properties: properties(n)} END, groups: groups, outTotal: outTotal, outFlows: outFlows, inTotal: inTotal,
    inFlows: inFlows, documents: documents} AS row