/**
 * `bench/api`: p50/p95 latency and throughput of `search`, `expand` (depth 2) and `shortestPaths`
 * at 1, 8 and 32 concurrent clients over loopback, for our API and, in the same run, for the
 * GraphQL API @neo4j/graphql generates over the same database, with the ratios. Prints a table and
 * writes the figures as JSON to bench/out/.
 *
 *   pnpm --filter @touchstone/bench api -- [--scale 70] [--seconds 10] [--warmup 3] [--clients 1,8,32]
 *     [--ops search,expand,shortestPaths] [--no-peer] [--stop-db]
 *
 * The database: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when set, else the persistent embedded
 * benchmark database of `--scale` (bench/out/neo4j-scale<N>/, loaded once, shared with bench/queries).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readQuery } from '@touchstone/neo4j';
import { benchOut, DATABASE_ARGS, databaseOptions, openBenchDatabase } from '../common/bench-database';
import { scriptArgs } from '../common/cli-args';
import { machineLine } from '../common/machine';
import { cpuSeconds } from '../common/process-cpu';
import { runLoad, type LoadResult } from './load';
import { bodies, OPERATIONS, type Operation } from './operations';
import { startOurs, startPeer, type RunningApi } from './servers';
import { drawWorkload } from './workload';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    ...DATABASE_ARGS,
    'stop-db': { type: 'boolean', default: false },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    clients: { type: 'string', default: '1,8,32' },
    ops: { type: 'string', default: OPERATIONS.join(',') },
    'no-peer': { type: 'boolean', default: false },
    port: { type: 'string', default: '4300' },
  },
});
const seconds = Number(values.seconds);
const warmupSeconds = Number(values.warmup);
const clientCounts = values.clients!.split(',').map(Number);
const ops = values.ops!.split(',') as Operation[];

console.log(machineLine());
const db = await openBenchDatabase(databaseOptions(values, values['stop-db']!));
const { connection, driver } = db;
// Both API processes reach the same database through these.
Object.assign(process.env, {
  NEO4J_URI: connection.uri,
  NEO4J_USER: connection.user,
  NEO4J_PASSWORD: connection.password,
});
console.log(`database: ${db.describe}`);
const [counted] = await readQuery<{ entities: number }>(
  driver,
  'MATCH (n:Entity) RETURN count(n) AS entities',
);
const entities = counted?.entities ?? 0;
console.log(`bench: ${entities} entities in ${connection.uri}; drawing the workload…`);
const workload = await drawWorkload(driver);
console.log(
  `bench: ${workload.searchTerms.length} search terms, ${workload.expandIds.length} expansions, ${workload.pathPairs.length} path pairs`,
);

const port = Number(values.port);
const apis: Record<'ours' | 'peer', RunningApi | undefined> = {
  ours: await startOurs(driver, port),
  peer: values['no-peer'] ? undefined : await startPeer(port + 1),
};
/** CPU milliseconds per request spent by the API process and by Neo4j during one load. */
interface CpuPerRequest {
  apiMs: number;
  neo4jMs: number;
}
const results: { operation: Operation; api: 'ours' | 'peer'; result: LoadResult; cpu: CpuPerRequest }[] = [];
// CPU per request does not depend on what else the machine runs the way latency does.
const cpuOf = (apiPid: number) => ({
  api: cpuSeconds(apiPid),
  neo4j: db.pid ? cpuSeconds(db.pid) : Number.NaN,
});
try {
  // A freshly started Neo4j compiles and caches as it goes: each API first runs every operation
  // unmeasured, and the two take turns going first, so neither pays alone for a cold database.
  for (const operation of ops)
    for (const api of ['ours', 'peer'] as const) {
      const running = apis[api];
      if (running)
        await runLoad(running.url, bodies(api, operation, workload), {
          clients: 8,
          seconds: warmupSeconds,
          warmupSeconds: 0,
          headers: running.headers,
        });
    }
  let turn = 0;
  for (const operation of ops) {
    for (const clients of clientCounts) {
      const order = turn++ % 2 ? (['peer', 'ours'] as const) : (['ours', 'peer'] as const);
      for (const api of order) {
        const running = apis[api];
        if (!running) continue;
        const before = cpuOf(running.pid);
        const result = await runLoad(running.url, bodies(api, operation, workload), {
          clients,
          seconds,
          warmupSeconds,
          headers: running.headers,
        });
        const after = cpuOf(running.pid);
        const cpu = {
          apiMs: ((after.api - before.api) * 1000) / result.sent,
          neo4jMs: ((after.neo4j - before.neo4j) * 1000) / result.sent,
        };
        results.push({ operation, api, result, cpu });
        const f = (n: number) => n.toFixed(1).padStart(7);
        console.log(
          `${operation.padEnd(14)} ${api.padEnd(5)} c=${String(clients).padStart(2)}  p50 ${f(result.p50)} ms  p95 ${f(result.p95)} ms  ${f(result.throughput)} req/s  CPU/req API ${cpu.apiMs.toFixed(1)} ms, Neo4j ${cpu.neo4jMs.toFixed(1)} ms  errors ${result.errors}${result.firstError ? ` (${result.firstError.slice(0, 160)})` : ''}`,
        );
      }
    }
  }
} finally {
  await apis.ours?.stop();
  await apis.peer?.stop();
  await db.close();
}

console.log(
  '\noperation       clients | ours p50   p95   req/s | peer p50   p95   req/s | throughput ours/peer  p95 peer/ours',
);
for (const operation of ops) {
  for (const clients of clientCounts) {
    const ours = results.find(
      (r) => r.operation === operation && r.api === 'ours' && r.result.clients === clients,
    )?.result;
    const peer = results.find(
      (r) => r.operation === operation && r.api === 'peer' && r.result.clients === clients,
    )?.result;
    const cell = (r?: LoadResult) =>
      r
        ? `${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(6)} ${r.throughput.toFixed(0).padStart(6)}`
        : '      –      –      –';
    const ratio =
      ours && peer
        ? `${(ours.throughput / peer.throughput).toFixed(2).padStart(20)}  ${(peer.p95 / ours.p95).toFixed(2).padStart(13)}`
        : '';
    console.log(
      `${operation.padEnd(15)} ${String(clients).padStart(7)} | ${cell(ours)} | ${cell(peer)} | ${ratio}`,
    );
  }
}

console.log('\nCPU per request (ms, API process + Neo4j; the load generator is not counted)');
for (const operation of ops) {
  for (const clients of clientCounts) {
    const line = (['ours', 'peer'] as const).map((api) => {
      const r = results.find(
        (x) => x.operation === operation && x.api === api && x.result.clients === clients,
      );
      return r
        ? `${api} ${r.cpu.apiMs.toFixed(1)} + ${r.cpu.neo4jMs.toFixed(1)} = ${(r.cpu.apiMs + r.cpu.neo4jMs).toFixed(1)}`
        : '';
    });
    console.log(
      `${operation.padEnd(15)} ${String(clients).padStart(7)} | ${line.filter(Boolean).join(' | ')}`,
    );
  }
}

console.log(`\n${machineLine()}`);
mkdirSync(benchOut, { recursive: true });
const file = `${benchOut}api-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify({ machine: machineLine(), entities, seconds, warmupSeconds, results }, null, 2),
);
console.log(`\nbench: figures written to ${file}`);
