/**
 * The arithmetic of the timeline's brush and of playing a case forward: pixels to dates and
 * back, a range dragged within the case's extent, and the next window of a playback.
 */
import type { BinUnit } from './time-bins';

export type Range = readonly [number, number];

/** A linear map between dates and pixels. */
export interface TimeScale {
  toX(t: number): number;
  toT(x: number): number;
}

export function timeScale(domain: Range, width: number, pad = 0): TimeScale {
  const [a, b] = domain;
  const span = Math.max(1, b - a);
  const inner = Math.max(1, width - 2 * pad);
  return {
    toX: (t) => pad + ((t - a) / span) * inner,
    toT: (x) => a + ((x - pad) / inner) * span,
  };
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const MONTH_MS = YEAR_MS / 12;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The range between two dates, in order and inside the extent. */
export function rangeBetween(t1: number, t2: number, extent: Range): [number, number] {
  const a = clamp(Math.min(t1, t2), extent[0], extent[1]);
  const b = clamp(Math.max(t1, t2), extent[0], extent[1]);
  return [a, b];
}

/** The range moved by `delta` ms, keeping its width and staying inside the extent. */
export function moveRange(range: Range, delta: number, extent: Range): [number, number] {
  const width = range[1] - range[0];
  const from = clamp(range[0] + delta, extent[0], Math.max(extent[0], extent[1] - width));
  return [from, from + width];
}

/** One end of the range dragged to `t` (the ends swap when one passes the other). */
export function resizeRange(range: Range, end: 'from' | 'to', t: number, extent: Range): [number, number] {
  return end === 'from' ? rangeBetween(t, range[1], extent) : rangeBetween(range[0], t, extent);
}

/** The window a playback starts with: the current range, else the first eighth of the case (at least one bin). */
export function firstWindow(range: Range | null, extent: Range, unit: BinUnit): [number, number] {
  if (range && range[1] - range[0] < extent[1] - extent[0]) return [range[0], range[1]];
  const width = Math.max(unit === 'month' ? MONTH_MS : YEAR_MS, (extent[1] - extent[0]) / 8);
  return [extent[0], Math.min(extent[1], extent[0] + width)];
}

/** The next window of a playback, one bin later; null once the window has reached the end. */
export function nextWindow(range: Range, extent: Range, unit: BinUnit): [number, number] | null {
  if (range[1] >= extent[1]) return null;
  const step = unit === 'month' ? MONTH_MS : YEAR_MS;
  const width = range[1] - range[0];
  const to = Math.min(extent[1], range[1] + step);
  return [to - width, to];
}
