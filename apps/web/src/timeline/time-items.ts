/**
 * What the timeline counts: every dated entity and link on the chart (not those the user hid).
 * A money link stands for several transfers between its first and last date, so it is a span
 * carrying their count, spread over the bins it covers.
 */
import type { ChartEdgeAttributes, ChartGraph } from '../chart/chart-graph';
import { dateOf } from '../chart/chart-graph';

/** A dated item: one event (from === to, count 1) or a span of `count` transfers. */
export interface TimeItem {
  from: number;
  to: number;
  count: number;
}

const parse = (text: string | null | undefined): number | null => {
  if (!text) return null;
  const t = Date.parse(text);
  return Number.isFinite(t) ? t : null;
};

/** The item of one entity or link, or null when it has no date. */
export function timeItemOf(item: { properties: Record<string, unknown>; money?: ChartEdgeAttributes['money'] }): TimeItem | null {
  const from = parse(dateOf(item));
  if (from === null) return null;
  const money = item.money;
  if (money && money.count > 1) {
    const last = parse(money.lastAt);
    if (last !== null && last > from) return { from, to: last, count: money.count };
  }
  return { from, to: from, count: money?.count ?? 1 };
}

/** The dated items of the chart's visible entities and links. */
export function timeItems(graph: ChartGraph): TimeItem[] {
  const items: TimeItem[] = [];
  graph.forEachNode((_key, a) => {
    if (a.hidden) return;
    const item = timeItemOf(a);
    if (item) items.push(item);
  });
  graph.forEachEdge((_key, a) => {
    if (a.hidden) return;
    const item = timeItemOf(a);
    if (item) items.push(item);
  });
  return items;
}

/** The first and last date of the items, or null when there are none. */
export function timeExtent(items: readonly TimeItem[]): [number, number] | null {
  if (items.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    if (item.from < min) min = item.from;
    if (item.to > max) max = item.to;
  }
  return [min, max];
}

/**
 * Whether an entity or link is inside the time filter. The same rule as the canvas: undated
 * items always are, and a money link is when any of its transfers may be.
 */
export function inTimeRange(
  item: { properties: Record<string, unknown>; money?: ChartEdgeAttributes['money'] },
  range: readonly [number, number] | null,
): boolean {
  if (!range) return true;
  const t = timeItemOf(item);
  if (!t) return true;
  const to = item.money?.lastAt ? (parse(item.money.lastAt) ?? t.to) : t.to;
  return !(to < range[0] || t.from > range[1]);
}
