/**
 * Time as UTC epoch milliseconds, formatted to the domain's ISO forms. Nothing here reads the
 * clock: every instant is computed from the seed, so output is the same on every run.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Epoch ms of a UTC calendar instant (month 1–12). */
export const utc = (year: number, month: number, day: number, hour = 0, minute = 0): number =>
  Date.UTC(year, month - 1, day, hour, minute);

/** The demo's period: all dated facts fall in 2019–2025. */
export const PERIOD_START = utc(2019, 1, 1);
export const PERIOD_END = utc(2026, 1, 1);
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
export const YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** `YYYY-MM-DD`. */
export const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `YYYY-MM-DDTHH:MM:SSZ`. */
export const isoDateTime = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

/** Epoch ms of a `YYYY-MM-DD` date (midnight UTC). */
export const parseDate = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

/** `YYYY-MM` of an instant. */
export const monthKey = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

export const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Calls `fn` for every month from `fromMs` to `toMs` (both months included). */
export function eachMonth(fromMs: number, toMs: number, fn: (year: number, month: number) => void): void {
  const from = new Date(fromMs);
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() + 1;
  const end = new Date(toMs);
  const endKey = end.getUTCFullYear() * 12 + end.getUTCMonth();
  while (y * 12 + (m - 1) <= endKey) {
    fn(y, m);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
