import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:27311', neo4j.auth.basic('neo4j', 'devpassword1'));
const r = await d.executeQuery("MATCH (n:Entity) WHERE n.caseId IS NOT NULL DETACH DELETE n RETURN count(*) AS n");
console.log(r.records[0]?.get('n'));
await d.close();
