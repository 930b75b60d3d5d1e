import neo4j from 'neo4j-driver';
import { AuditWriter } from '../src/audit/audit-writer';
import { readRecords } from '../src/db/transactions';
const driver = neo4j.driver('bolt://127.0.0.1:27311', neo4j.auth.basic('neo4j', 'devpassword1'));
const w = new AuditWriter(driver);
const ev = () => ({ id: crypto.randomUUID(), at: new Date().toISOString(), user: 'x', role: 'analyst', operation: 'prof', caseId: null, arguments: '{}', resultSize: null, outcome: 'SUCCESS' as const, errorCode: null, requestId: 'r' });
for (let round = 0; round < 3; round++) {
  let t = performance.now();
  for (let i = 0; i < 20; i++) await readRecords(driver, 'MATCH (u:User {name: $n}) RETURN u', { n: 'ivan' });
  console.log('read tx avg ms', ((performance.now() - t) / 20).toFixed(1));
  t = performance.now();
  for (let i = 0; i < 20; i++) await w.append(ev());
  console.log('audit append avg ms', ((performance.now() - t) / 20).toFixed(1));
  t = performance.now();
  await Promise.all(Array.from({ length: 40 }, () => w.append(ev())));
  console.log('40 concurrent audit appends total ms', (performance.now() - t).toFixed(1));
}
await driver.close();
