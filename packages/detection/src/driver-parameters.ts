/**
 * Turns checked canned-query parameter values into driver values: integers as `neo4j.int` (a JS
 * number travels as a float and `LIMIT $n` would fail), dates and date-times as temporal values
 * in UTC, everything else as it is.
 */
import type { CannedQuery, ParameterValue } from '@touchstone/cypher';
import { toNeo4jDate, toNeo4jDateTime, toNeo4jInt } from '@touchstone/neo4j';

const utcMs = (iso: string): number => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);

/** Driver values for a query's resolved parameters (see `resolveParameters`). */
export function driverParameters(
  query: CannedQuery,
  values: Readonly<Record<string, ParameterValue>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of query.parameters) {
    const value = values[p.name] ?? null;
    if (value === null) out[p.name] = null;
    else if (p.type === 'integer') out[p.name] = toNeo4jInt(value as number);
    else if (p.type === 'date') out[p.name] = toNeo4jDate(utcMs(value as string));
    else if (p.type === 'datetime') out[p.name] = toNeo4jDateTime(utcMs(value as string));
    else out[p.name] = value;
  }
  return out;
}
