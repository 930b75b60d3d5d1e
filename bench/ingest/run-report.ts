/** The figures of one load and the line the ingest benchmark prints for it. */

/** What one load into an empty database measured. */
export interface Run {
  wallMs: number;
  /** Time until every entity was written; links took the rest. */
  entityMs: number;
  entities: number;
  links: number;
  clientCpuS: number;
  dbCpuS: number;
  clientPeakMiB: number;
  dbPeakMiB: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en-US');

/** One line: wall time, per-phase throughput, CPU and peak memory. */
export function formatRun(name: string, run: Run): string {
  const linkMs = run.wallMs - run.entityMs;
  return (
    `${name.padEnd(6)} wall ${(run.wallMs / 1000).toFixed(1)} s | ` +
    `entities ${n(run.entities)} in ${(run.entityMs / 1000).toFixed(1)} s (${n((run.entities / run.entityMs) * 1000)}/s) | ` +
    `links ${n(run.links)} in ${(linkMs / 1000).toFixed(1)} s (${n((run.links / linkMs) * 1000)}/s) | ` +
    `records ${n(((run.entities + run.links) / run.wallMs) * 1000)}/s | ` +
    `CPU client ${n(run.clientCpuS)} s, Neo4j ${n(run.dbCpuS)} s | ` +
    `peak RSS client ${n(run.clientPeakMiB)} MiB, Neo4j ${n(run.dbPeakMiB)} MiB`
  );
}

/** Client plus database CPU seconds per 1,000 records written. */
export function cpuPerThousand(run: Run): string {
  return (((run.clientCpuS + run.dbCpuS) / (run.entities + run.links)) * 1000).toFixed(2);
}
