/**
 * `bench/queries`: p50/p95 time of every canned query at its default parameters on a `--scale`
 * data set, and for the chronological path queries (money-cycle, layering-chain, money-trail)
 * the naive variable-length form of the same question in the same run, with the ratio. Checks
 * that the naive and the library form agree, and that each detection query still finds what the
 * data set's ground truth planted. Prints a table and writes the figures to bench/out/.
 *
 *   pnpm --filter @touchstone/bench queries -- --scale 8 [--runs 5] [--timeout 120] [--keep]
 *   NEO4J_URI=… NEO4J_PASSWORD=… pnpm --filter @touchstone/bench queries -- --ground-truth FILE
 *
 * Without NEO4J_URI it uses the persistent embedded database of `--scale` under
 * bench/out/neo4j-scale<N>/ (generated and loaded on first use, left running for the next script;
 * `--stop-db` stops it afterwards), so a 1M data set is loaded once for every benchmark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultLibrary, type CannedQuery } from '@touchstone/cypher';
import {
  checkedParameters,
  driverParameters,
  evaluateDetections,
  readGroundTruthFile,
  runQuery,
  toDetection,
  type GroundTruthFile,
} from '@touchstone/detection';
import type { Driver } from 'neo4j-driver';
import { scriptArgs } from '../common/cli-args';
import { benchOut, DATABASE_ARGS, databaseOptions, openBenchDatabase } from '../common/bench-database';
import { machineLine } from '../common/machine';
import { NAIVE_FORMS } from './naive-forms';
import { percentile } from './percentile';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ...DATABASE_ARGS,
    runs: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '120' },
    'ground-truth': { type: 'string' },
    only: { type: 'string' },
    'stop-db': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const warmup = Number(values.warmup);
const timeoutMs = Number(values.timeout) * 1000;
const out = benchOut;

interface Timing {
  name: string;
  kind: 'library' | 'naive';
  p50: number;
  p95: number;
  rows: number;
  /** Why no answer came: the timeout, or the per-transaction memory limit (p95 is then the time until it hit). */
  failure?: 'timeout' | 'memory limit';
  subjects: string[];
}

/** Where the data is: NEO4J_URI, or the persistent embedded database of `--scale`. */
async function database(): Promise<{ driver: Driver; truth?: GroundTruthFile; stop: () => Promise<void> }> {
  const db = await openBenchDatabase(databaseOptions(values, values['stop-db']!), values['ground-truth']);
  console.log(`database: ${db.describe}`);
  const truth = db.groundTruthFile ? await readGroundTruthFile(db.groundTruthFile) : undefined;
  return { driver: db.driver, truth, stop: () => db.close() };
}

/**
 * Required parameters: the money trail starts from the busiest payer (the most outgoing
 * transfers: the hardest start for a traversal), asset tracing from a planted hidden owner.
 */
async function sampleParameters(driver: Driver, truth?: GroundTruthFile): Promise<Record<string, string>> {
  const { records } = await driver.executeQuery(
    `MATCH (a:BankAccount) RETURN a.id AS id ORDER BY COUNT { (a)-[:SENT]->(:Transaction)-[:TO]->(:BankAccount) } DESC, id LIMIT 1`,
  );
  return {
    accountId: String(records[0]?.get('id') ?? 'acc-b0-000003'),
    personId: truth?.instances.find((i) => i.pattern === 'CORP_HIDDEN_OWNER')?.subject ?? 'per-b0-000661',
  };
}

const requiredOf = (query: CannedQuery, samples: Record<string, string>) =>
  Object.fromEntries(query.parameters.filter((p) => p.required).map((p) => [p.name, samples[p.name]]));

/** Times `run` `runs` times after `warmup` runs; a timeout or the memory limit ends the series. */
async function time(
  run: () => Promise<{ rows: Record<string, unknown>[] }>,
  subject: string,
): Promise<Omit<Timing, 'name' | 'kind'>> {
  const times: number[] = [];
  let rows: Record<string, unknown>[] = [];
  let started = performance.now();
  try {
    for (let i = 0; i < warmup + runs; i++) {
      started = performance.now();
      rows = (await run()).rows;
      if (i >= warmup) times.push(performance.now() - started);
    }
  } catch (e) {
    const text = String((e as Error).message);
    const spent = performance.now() - started;
    if (/MemoryLimitExceeded|memory limit|OutOfMemory/i.test(text))
      return { p50: spent, p95: spent, rows: 0, failure: 'memory limit', subjects: [] };
    if (!/timeout|terminated|TransactionTimedOut/i.test(text)) throw e;
    return { p50: timeoutMs, p95: timeoutMs, rows: 0, failure: 'timeout', subjects: [] };
  }
  const subjects = [...new Set(rows.map((r) => String(r[subject])))].sort();
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    rows: rows.length,
    subjects,
  };
}

async function naive(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(
      async (tx) => ({ rows: (await tx.run(cypher, params)).records.map((r) => r.toObject()) }),
      { timeout: timeoutMs },
    );
  } finally {
    await session.close();
  }
}

console.log(machineLine());
const library = defaultLibrary();
const { driver, truth, stop } = await database();
const timings: Timing[] = [];
const recall: string[] = [];
const unchecked: string[] = [];
try {
  const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
  console.log(
    `data: ${Number(records[0]!.get('n')).toLocaleString('en-US')} entities; ${runs} timed runs after ${warmup} warm-up, timeout ${timeoutMs / 1000} s`,
  );
  const samples = await sampleParameters(driver, truth);
  console.log(`money-trail starts from ${samples.accountId}, asset-trace from ${samples.personId}`);
  const only = values.only?.split(',');
  for (const query of library.queries.filter((q) => !only || only.includes(q.name))) {
    const params = requiredOf(query, samples);
    const form = NAIVE_FORMS.find((f) => f.mirrors === query.name);
    const t = await time(
      () => runQuery(driver, query, params, { timeoutMs, maxRows: 100_000 }),
      form?.subject ?? 'subjectId',
    );
    timings.push({ name: query.name, kind: 'library', ...t });
    if (query.pattern && truth && t.failure) unchecked.push(query.name);
    if (query.pattern && truth && !t.failure) {
      const rows = (
        await runQuery(driver, query, { ...params, limit: 10_000 }, { timeoutMs, maxRows: 100_000 })
      ).rows;
      const e = evaluateDetections(
        query.name,
        query.pattern,
        rows.map((r) => toDetection(query.name, r)),
        truth,
      );
      if (e.recall < 1 || e.precision < 1)
        recall.push(`${query.name}: precision ${e.precision.toFixed(2)}, recall ${e.recall.toFixed(2)}`);
    }
    console.log(
      `${query.name.padEnd(24)} p50 ${t.p50.toFixed(0).padStart(6)} ms  p95 ${t.p95.toFixed(0).padStart(6)} ms  rows ${t.rows}${t.failure ? `  NO ANSWER (${t.failure})` : ''}`,
    );
    if (!form) continue;
    const naiveParams = { ...driverParameters(query, checkedParameters(query, params)), visibleCaseIds: [] };
    const n = await time(() => naive(driver, form.cypher, naiveParams), form.subject);
    timings.push({ name: query.name, kind: 'naive', ...n });
    const agree = n.failure
      ? `not compared (naive: ${n.failure})`
      : JSON.stringify(n.subjects) === JSON.stringify(t.subjects)
        ? 'same subjects'
        : `DIFFERENT subjects: ${n.subjects.length} vs ${t.subjects.length}`;
    console.log(
      `${`${query.name} (naive)`.padEnd(24)} p50 ${n.p50.toFixed(0).padStart(6)} ms  p95 ${n.p95.toFixed(0).padStart(6)} ms  ratio p95 ${(n.p95 / t.p95).toFixed(1)}×${n.failure ? ` (at least: naive stopped by the ${n.failure})` : ''}; ${agree}`,
    );
  }
} finally {
  await stop();
}

console.log('\nquery                      p50 ms   p95 ms   naive p95 ms   naive/ours');
for (const t of timings.filter((x) => x.kind === 'library')) {
  const n = timings.find((x) => x.kind === 'naive' && x.name === t.name);
  const naiveCell = n
    ? `${n.failure ? '>' : ' '}${n.p95.toFixed(0).padStart(12)}   ${n.failure ? '≥' : ' '}${(n.p95 / t.p95).toFixed(1).padStart(7)}×${n.failure ? ` (${n.failure})` : ''}`
    : '';
  const mark = t.failure ? '>' : ' ';
  console.log(
    `${t.name.padEnd(24)}${mark}${t.p50.toFixed(0).padStart(8)}${mark}${t.p95.toFixed(0).padStart(8)}   ${naiveCell}`,
  );
}
const slow = timings.filter((t) => t.kind === 'library' && t.p95 > 2000).map((t) => t.name);
console.log(`\n${slow.length ? `over 2 s p95: ${slow.join(', ')}` : 'every query ≤ 2 s p95'}`);
if (truth) {
  console.log(
    recall.length
      ? `not exact on the ground truth: ${recall.join('; ')}`
      : `every detection query that answered is exact on the ground truth of this data set`,
  );
  if (unchecked.length) console.log(`not checked (no answer in time): ${unchecked.join(', ')}`);
}
console.log(machineLine());
mkdirSync(out, { recursive: true });
const file = `${out}queries-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    { machine: machineLine(), runs, warmup, timeoutMs, timings, notExact: recall, unchecked },
    null,
    2,
  ),
);
console.log(`figures written to ${file}`);
