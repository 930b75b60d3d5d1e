/**
 * What a layout may move: the selection when there is one, else every visible entity (not
 * hidden, inside the time filter), never a pinned one — an entity the user placed stays put.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { inTimeRange } from '../timeline/time-items';

export interface LayoutScope {
  /** Entities the layout places. */
  movable: string[];
  /** Entities in scope left where they are because they are pinned. */
  pinned: string[];
  fromSelection: boolean;
}

export type Positions = Map<string, { x: number; y: number }>;

/** Visible entities: not hidden, not filtered out by time. */
export function visibleNodes(graph: ChartGraph, timeRange: readonly [number, number] | null = null): string[] {
  return graph.filterNodes((_key, a) => !a.hidden && inTimeRange(a, timeRange));
}

export function layoutScope(graph: ChartGraph, selection: readonly string[], timeRange: readonly [number, number] | null = null): LayoutScope {
  const selected = selection.filter((k) => graph.hasNode(k));
  const keys = selected.length > 1 ? selected : visibleNodes(graph, timeRange);
  const movable: string[] = [];
  const pinned: string[] = [];
  for (const key of keys) (graph.getNodeAttribute(key, 'pinned') ? pinned : movable).push(key);
  return { movable, pinned, fromSelection: selected.length > 1 };
}

/** The mean position of `keys` (the origin when there are none). */
export function centreOf(graph: ChartGraph, keys: readonly string[]): { x: number; y: number } {
  if (keys.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const key of keys) {
    x += graph.getNodeAttribute(key, 'x');
    y += graph.getNodeAttribute(key, 'y');
  }
  return { x: x / keys.length, y: y / keys.length };
}

/** Writes positions to the chart, skipping pinned entities whatever the layout computed. */
export function assignPositions(graph: ChartGraph, positions: Positions): number {
  let moved = 0;
  for (const [key, p] of positions) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'pinned')) continue;
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    graph.mergeNodeAttributes(key, { x: p.x, y: p.y });
    moved++;
  }
  return moved;
}

/** Distance between neighbouring entities in the layouts, in chart units. */
export const SPACING = 10;
