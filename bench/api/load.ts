/**
 * A closed-loop load generator over loopback HTTP (the role autocannon plays, with exact
 * percentiles): `clients` workers each send the next request as soon as the previous answer is
 * read, for a fixed time after a warm-up. A reply with GraphQL errors counts as an error.
 */

export interface LoadResult {
  clients: number;
  requests: number;
  /** Requests sent including the warm-up, to share out CPU time measured over the whole load. */
  sent: number;
  errors: number;
  /** Requests per second over the measured time. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  /** The first error met, to say what went wrong. */
  firstError?: string;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Runs the load and measures it. */
export async function runLoad(
  url: string,
  bodies: readonly string[],
  options: { clients: number; seconds: number; warmupSeconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const headers = { 'content-type': 'application/json', ...options.headers };
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  let sent = 0;
  const warmupEnd = Date.now() + options.warmupSeconds * 1000;
  const end = warmupEnd + options.seconds * 1000;

  const worker = async () => {
    while (Date.now() < end) {
      const body = bodies[next++ % bodies.length]!;
      sent++;
      const started = performance.now();
      let failed = false;
      try {
        const response = await fetch(url, { method: 'POST', headers, body });
        const text = await response.text();
        if (!response.ok || text.includes('"errors"')) {
          failed = true;
          firstError ??= `${response.status} ${text.slice(0, 300)}`;
        }
      } catch (e) {
        failed = true;
        firstError ??= (e as Error).message;
      }
      const elapsed = performance.now() - started;
      if (Date.now() > warmupEnd && Date.now() <= end) {
        latencies.push(elapsed);
        if (failed) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, worker));
  latencies.sort((a, b) => a - b);
  return {
    clients: options.clients,
    requests: latencies.length,
    sent,
    errors,
    throughput: latencies.length / options.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    firstError,
  };
}
