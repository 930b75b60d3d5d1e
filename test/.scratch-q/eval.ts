import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadLibrary } from '@touchstone/cypher';
import { evaluateDetections, exhaustiveParameters, readGroundTruthFile, runDetection, explainQuery, planProblems } from '@touchstone/detection';
const c = JSON.parse(readFileSync('/tmp/qdev-conn.json', 'utf8'));
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
const truth = await readGroundTruthFile(process.env.GT ?? '/tmp/demo/ground-truth.json');
const lib = loadLibrary();
const only = process.argv.slice(2);
for (const q of lib.queries) {
  if (only.length && !only.includes(q.name)) continue;
  if (!q.pattern) continue;
  try {
    const plan = await explainQuery(d, q);
    const probs = planProblems(plan);
    const run = await runDetection(d, q, exhaustiveParameters(q), { timeoutMs: 120000 });
    const e = evaluateDetections(q.name, q.pattern, run.detections, truth);
    console.log(`${q.name.padEnd(28)} P=${e.precision.toFixed(2)} R=${e.recall.toFixed(2)} flagged=${e.flagged} expected=${e.expected} ${run.elapsedMs}ms rows=${run.rows.length}${e.missed.length ? ' MISSED ' + e.missed.join(',') : ''}${e.unexpected.length ? ' EXTRA ' + e.unexpected.slice(0, 8).join(',') : ''}${e.lookAlikesFlagged.length ? ' LOOKALIKE ' + e.lookAlikesFlagged.join(',') : ''}${probs.length ? ' PLAN: ' + probs.join('; ') : ''}`);
    if (process.env.SHOW) console.log(JSON.stringify(run.detections.slice(0, 3), null, 1));
  } catch (err) {
    console.log(`${q.name.padEnd(28)} ERROR ${(err as Error).message.split('\n').slice(0, 3).join(' ')}`);
  }
}
await d.close();
