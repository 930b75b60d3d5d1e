import { readFileSync } from 'node:fs';
import { applyMigrations, createDriver, defaultSchemaDir } from '@touchstone/neo4j';
const st = JSON.parse(readFileSync('/work/main/bench/out/neo4j-scale70/state.json', 'utf8'));
const cr = JSON.parse(readFileSync('/work/main/bench/out/neo4j-scale70/credentials.json', 'utf8'));
const d = createDriver({ uri: st.uri, user: cr.user, password: cr.password });
const t = performance.now();
console.log(await applyMigrations(d, defaultSchemaDir));
console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
await d.close();
