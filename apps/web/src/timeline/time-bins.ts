/**
 * The bins of the timeline's histogram: calendar months for a case of a few years, calendar
 * years for a longer one (in UTC, as the API's dates are), and how many events fall in each.
 */
import type { TimeItem } from './time-items';

export type BinUnit = 'month' | 'year';

export interface Bin {
  start: number;
  end: number;
  /** Events in the bin (a money span adds the share of its transfers that falls in it). */
  count: number;
}

/** Spans up to this many years are binned by month. */
export const MONTHLY_UP_TO_YEARS = 6;

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** Months for a short case, years for a long one. */
export function binUnitFor(from: number, to: number): BinUnit {
  return to - from <= MONTHLY_UP_TO_YEARS * YEAR_MS ? 'month' : 'year';
}

/** The start of the month or year holding `t`. */
export function floorTo(t: number, unit: BinUnit): number {
  const d = new Date(t);
  return unit === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) : Date.UTC(d.getUTCFullYear(), 0, 1);
}

/** `t` moved by `n` months or years (from the start of its month or year). */
export function addUnits(t: number, unit: BinUnit, n: number): number {
  const d = new Date(floorTo(t, unit));
  return unit === 'month'
    ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)
    : Date.UTC(d.getUTCFullYear() + n, 0, 1);
}

/** Empty bins covering [from, to]. */
export function emptyBins(from: number, to: number, unit: BinUnit): Bin[] {
  const bins: Bin[] = [];
  for (let start = floorTo(from, unit); start <= to; start = addUnits(start, unit, 1)) {
    bins.push({ start, end: addUnits(start, unit, 1), count: 0 });
  }
  return bins;
}

/** The histogram of `items` over [from, to]; a span is shared out in proportion to time. */
export function histogram(items: readonly TimeItem[], from: number, to: number, unit: BinUnit = binUnitFor(from, to)): Bin[] {
  const bins = emptyBins(from, to, unit);
  const index = (t: number) => {
    // Bins are sorted and contiguous: binary search for the one holding t.
    let lo = 0;
    let hi = bins.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid]!.start <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const item of items) {
    if (item.to < from || item.from > to) continue;
    if (item.to === item.from) {
      bins[index(item.from)]!.count += item.count;
      continue;
    }
    const span = item.to - item.from;
    for (let i = index(Math.max(item.from, from)); i <= index(Math.min(item.to, to)); i++) {
      const bin = bins[i]!;
      const overlap = Math.min(bin.end, item.to) - Math.max(bin.start, item.from);
      if (overlap > 0) bin.count += (item.count * overlap) / span;
    }
  }
  return bins;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A bin's name: "Mar 2021" or "2021". */
export function binLabel(start: number, unit: BinUnit): string {
  const d = new Date(start);
  return unit === 'month' ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : String(d.getUTCFullYear());
}

/** A day as the timeline shows it: 2021-03-05. */
export const dayOf = (t: number): string => new Date(t).toISOString().slice(0, 10);
