/**
 * Runs one library query the way every caller should: parameters checked against the header's
 * declarations (defaults filled in), a managed READ transaction with a server-side timeout, the
 * case filter bound as `$visibleCaseIds`, and a row cap that stops reading instead of buffering.
 */
import { resolveParameters, type CannedQuery, type ParameterValue } from '@touchstone/cypher';
import { toPlain } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { driverParameters } from './driver-parameters';
import { ParameterError } from './detection-error';

/** How a query is run. */
export interface RunOptions {
  /** Cases whose restricted records the caller may see; public data only when empty. */
  visibleCaseIds?: readonly string[];
  /** Server-side transaction timeout (default 30 s). */
  timeoutMs?: number;
  /** Most rows read (default 10,000); `truncated` says whether more were there. */
  maxRows?: number;
  /** Database name; the server's default when unset. */
  database?: string;
}

/** Plain rows of one run. */
export interface QueryRun {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
  /** The values the query ran with, defaults filled in. */
  params: Record<string, ParameterValue>;
}

/** Checks `given` against the query's parameters; throws a one-line ParameterError when refused. */
export function checkedParameters(
  query: CannedQuery,
  given: Readonly<Record<string, unknown>>,
): Record<string, ParameterValue> {
  const resolved = resolveParameters(query, given);
  if (!resolved.ok) throw new ParameterError(query.name, resolved.issues);
  return resolved.values;
}

/** Runs `query` read-only with checked parameters. */
export async function runQuery(
  driver: Driver,
  query: CannedQuery,
  given: Readonly<Record<string, unknown>> = {},
  options: RunOptions = {},
): Promise<QueryRun> {
  const params = checkedParameters(query, given);
  const maxRows = options.maxRows ?? 10_000;
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  const started = Date.now();
  try {
    const read = await session.executeRead(
      async (tx) => {
        const result = tx.run(query.cypher, {
          ...driverParameters(query, params),
          visibleCaseIds: [...(options.visibleCaseIds ?? [])],
        });
        const rows: Record<string, unknown>[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= maxRows) {
            truncated = true;
            break;
          }
          rows.push(toPlain(record.toObject()) as Record<string, unknown>);
        }
        const columns = (await result.keys()) as string[];
        return { rows, truncated, columns };
      },
      { timeout: options.timeoutMs ?? 30_000, metadata: { app: 'touchstone', query: query.name } },
    );
    return { name: query.name, ...read, elapsedMs: Date.now() - started, params };
  } finally {
    await session.close();
  }
}
