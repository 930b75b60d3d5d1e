import neo4j from 'neo4j-driver';
import { readFileSync, readdirSync } from 'node:fs';
import { addUser, findUser, signToken } from '@touchstone/auth';
import { createApiServer } from '../src/server';
const driver = neo4j.driver('bolt://127.0.0.1:27311', neo4j.auth.basic('neo4j', 'devpassword1'), { connectionTimeout: 2000, connectionAcquisitionTimeout: 3000, maxTransactionRetryTime: 1000 });
const dir = '/work/main/cypher/schema';
for (const f of readdirSync(dir).sort()) {
  const text = readFileSync(`${dir}/${f}`, 'utf8').split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
  for (const stmt of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const s = driver.session(); try { await s.run(stmt); } catch (e) { console.error(f, (e as Error).message.slice(0, 200)); } finally { await s.close(); }
  }
}
const secret = 'x'.repeat(40);
for (const [name, role] of [['ana', 'analyst'], ['ivan', 'investigator'], ['paula', 'prosecutor'], ['adam', 'admin']] as const) {
  if (!(await findUser(driver, name))) await addUser(driver, name, role);
  console.log(`TOKEN_${name}=${(await signToken(secret, name, role)).token}`);
}
const server = await createApiServer({ driver, port: 4555, jwtSecret: secret });
console.log('listening', server.url);
