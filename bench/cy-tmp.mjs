// scratch: run cypher from a file against the bench db (not committed)
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
const st = JSON.parse(readFileSync('/work/main/bench/out/neo4j-scale70/state.json'));
const cr = JSON.parse(readFileSync('/work/main/bench/out/neo4j-scale70/credentials.json'));
const d = neo4j.driver(st.uri, neo4j.auth.basic(cr.user, cr.password));
const q = readFileSync(process.argv[2], 'utf8');
const raw = process.argv[3] ? JSON.parse(process.argv[3]) : {};
const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Number.isInteger(v) && !/Usd|Days|Retention|Hours|tolerance|Share/i.test(k) ? neo4j.int(v) : v]));
const s = d.session({ defaultAccessMode: 'READ' });
const t = performance.now();
const r = await s.run(q, params);
const ms = performance.now() - t;
for (const rec of r.records.slice(0, 20)) console.log(JSON.stringify(rec.toObject(), (k, v) => typeof v === 'bigint' ? Number(v) : (v && v.low !== undefined && v.high !== undefined ? neo4j.integer.toNumber(v) : v)).slice(0, 400));
console.log(`rows ${r.records.length} in ${ms.toFixed(0)} ms`);
function walk(p, depth = 0) { if (!p) return; console.log(`${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} hits=${p.dbHits} ${(p.arguments?.Details ?? '').slice(0, 150)}`); for (const c of p.children) walk(c, depth + 1); }
if (r.summary.profile) walk(r.summary.profile);
await s.close(); await d.close();
