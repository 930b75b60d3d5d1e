import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadLibrary } from '@touchstone/cypher';
import { explainQuery } from '@touchstone/detection';
const c = JSON.parse(readFileSync('/tmp/qdev-conn.json', 'utf8'));
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
const q = loadLibrary().get(process.argv[2]!)!;
for (const o of await explainQuery(d, q, JSON.parse(process.argv[3] ?? '{}'))) console.log(' '.repeat(o.depth) + o.operator + ' ' + o.details.slice(0, 120).replace(/\n/g, ' '));
await d.close();
