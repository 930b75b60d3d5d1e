/**
 * What the canvas draws differently from the chart's own attributes: hidden entities, entities
 * and links outside the time filter, the selection, and the neighbours of the hovered entity
 * (everything else is dimmed so a neighbourhood reads at a glance).
 */
import type { ChartEdgeAttributes, ChartGraph, ChartNodeAttributes } from './chart-graph';
import { dateOf } from './chart-graph';

const DIM = '#e3e6ea';

/** The state the reducers depend on. */
export interface ReducerState {
  selection: ReadonlySet<string>;
  hovered: string | null;
  hoveredNeighbours: ReadonlySet<string>;
  timeRange: [number, number] | null;
}

function outsideTime(item: { properties: Record<string, unknown>; money?: ChartEdgeAttributes['money'] }, range: [number, number] | null): boolean {
  if (!range) return false;
  const date = dateOf(item);
  if (!date) return false;
  const t = Date.parse(date);
  if (item.money?.lastAt) {
    // A money edge is in the window when any of its transfers may be.
    const last = Date.parse(item.money.lastAt);
    return last < range[0] || t > range[1];
  }
  return Number.isFinite(t) && (t < range[0] || t > range[1]);
}

/** Display data of an entity. */
export function reduceNode(
  key: string,
  a: ChartNodeAttributes,
  s: ReducerState,
): Partial<ChartNodeAttributes> & { highlighted?: boolean; forceLabel?: boolean; zIndex?: number } {
  if (a.hidden || outsideTime(a, s.timeRange)) return { ...a, hidden: true };
  const selected = s.selection.has(key);
  if (s.hovered && key !== s.hovered && !s.hoveredNeighbours.has(key) && !selected)
    return { ...a, color: DIM, ringColor: DIM, label: '', zIndex: 0 };
  if (selected || key === s.hovered) return { ...a, highlighted: true, forceLabel: true, zIndex: 2 };
  return { ...a, zIndex: 1 };
}

/** Display data of a link. */
export function reduceEdge(
  graph: ChartGraph,
  key: string,
  a: ChartEdgeAttributes,
  s: ReducerState,
): Partial<ChartEdgeAttributes> & { zIndex?: number } {
  if (a.hidden || outsideTime(a, s.timeRange)) return { ...a, hidden: true };
  const [source, target] = graph.extremities(key);
  if (s.hovered && source !== s.hovered && target !== s.hovered) return { ...a, color: DIM, zIndex: 0 };
  if (s.selection.has(source) && s.selection.has(target)) return { ...a, zIndex: 2, size: a.size + 1 };
  return { ...a, zIndex: 1 };
}
