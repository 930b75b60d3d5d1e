/**
 * The from/until window of graph operations. Users give dates (YYYY-MM-DD) or date-times with a
 * zone; `until` is exclusive for a date-time and includes the whole day for a date. Queries get
 * both a date-time pair (for transaction timestamps) and a date pair (for dated facts).
 */
import { isIsoDate, isIsoDateTime } from '@touchstone/domain';
import { toNeo4jDate as neoDate, toNeo4jDateTime as neoDateTime } from '@touchstone/neo4j';
import { badInput } from '../../errors';

const DAY_MS = 86_400_000;

/** A checked window; null ends are open. */
export interface TimeWindow {
  fromMs: number | null;
  untilMs: number | null;
}

function instant(value: string | null | undefined, argument: string, endOfDay: boolean): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && isIsoDate(value))
    return Date.parse(`${value}T00:00:00Z`) + (endOfDay ? DAY_MS : 0);
  if (typeof value === 'string' && value.length <= 40 && isIsoDateTime(value)) return Date.parse(value);
  throw badInput(
    `${argument} must be a date (2021-03-01) or a date-time with a zone (2021-03-01T12:00:00Z).`,
    { argument },
  );
}

/** Checks a window; BAD_USER_INPUT when an end is malformed or `until` is not after `from`. */
export function checkWindow(
  from: string | null | undefined,
  until: string | null | undefined,
  names: [string, string] = ['from', 'until'],
): TimeWindow {
  const fromMs = instant(from, names[0], false);
  const untilMs = instant(until, names[1], true);
  if (fromMs !== null && untilMs !== null && untilMs <= fromMs) {
    throw badInput(`${names[1]} must be after ${names[0]}.`, { argument: names[1] });
  }
  return { fromMs, untilMs };
}

/** Query parameters of a window: `fromTs`/`untilTs` (date-times, until exclusive), `fromDate`/`untilDate` (dates, inclusive). */
export function windowParams(w: TimeWindow): Record<string, unknown> {
  return {
    fromTs: w.fromMs === null ? null : neoDateTime(w.fromMs),
    untilTs: w.untilMs === null ? null : neoDateTime(w.untilMs),
    fromDate: w.fromMs === null ? null : neoDate(w.fromMs),
    untilDate: w.untilMs === null ? null : neoDate(w.untilMs - 1),
  };
}

/** Cypher: the link `r` (with optional since/until/date) and node `m` (with optional date/timestamp) fall in the window. */
export function inWindow(r: string, m: string): string {
  return [
    `($untilDate IS NULL OR ${r}.since IS NULL OR ${r}.since <= $untilDate)`,
    `($fromDate IS NULL OR ${r}.until IS NULL OR ${r}.until >= $fromDate)`,
    `($fromDate IS NULL OR ${r}.date IS NULL OR ${r}.date >= $fromDate)`,
    `($untilDate IS NULL OR ${r}.date IS NULL OR ${r}.date <= $untilDate)`,
    `($fromDate IS NULL OR ${m}.date IS NULL OR ${m}.date >= $fromDate)`,
    `($untilDate IS NULL OR ${m}.date IS NULL OR ${m}.date <= $untilDate)`,
    `($fromTs IS NULL OR ${m}.timestamp IS NULL OR ${m}.timestamp >= $fromTs)`,
    `($untilTs IS NULL OR ${m}.timestamp IS NULL OR ${m}.timestamp < $untilTs)`,
  ].join(' AND ');
}
