import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:27311', neo4j.auth.basic('neo4j', 'devpassword1'));
const s = d.session();
await s.run("MERGE (p:Entity:Person {id: 'per-2'}) SET p.name = 'Secret Sam', p.caseId = $c WITH p MATCH (c:Company {id: 'com-1'}) MERGE (p)-[:OWNS {share: 0.3, caseId: $c}]->(c)", { c: 'case-dbcc94d2-821f-4226-946a-f11f39c65434' });
await s.run("MERGE (m:Entity:Mine {id: 'mine-1'}) SET m.name = 'Open Pit' WITH m MATCH (c:Company {id: 'com-1'}) MERGE (c)-[:OPERATES]->(m)");
await s.close(); await d.close();
