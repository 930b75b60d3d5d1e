import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadLibrary } from '@touchstone/cypher';
import { explainQuery } from '@touchstone/detection';
const c = JSON.parse(readFileSync('/tmp/qdev-conn.json', 'utf8'));
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
for (const q of loadLibrary().queries) {
  if (q.parameters.some((p) => p.required)) continue;
  const ops = await explainQuery(d, q);
  const leaves = ops.filter((o) => /Scan|Seek|CartesianProduct/.test(o.operator)).map((o) => `${o.operator}(${o.details.slice(0, 60)})`);
  console.log(q.name.padEnd(26), leaves.join(' | '));
}
await d.close();
