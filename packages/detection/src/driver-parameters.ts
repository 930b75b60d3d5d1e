/**
 * Turns checked canned-query parameter values into driver values: integers as `neo4j.int` (a JS
 * number travels as a float and `LIMIT $n` would fail), dates and date-times as temporal values
 * in UTC, everything else as it is.
 */
import type { CannedQuery, ParameterValue } from '@touchstone/cypher';
import { toNeo4jInt } from '@touchstone/neo4j';
import neo4j from 'neo4j-driver';

const utcMs = (iso: string): number => Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);

function neoDate(iso: string) {
  const d = new Date(utcMs(iso));
  return new neo4j.types.Date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function neoDateTime(iso: string) {
  const d = new Date(utcMs(iso));
  return new neo4j.types.DateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds() * 1e6,
    0,
  );
}

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
    else if (p.type === 'date') out[p.name] = neoDate(value as string);
    else if (p.type === 'datetime') out[p.name] = neoDateTime(value as string);
    else out[p.name] = value;
  }
  return out;
}
