/**
 * The part of the chart the analytics work on: entities and links the user can see (not hidden,
 * not outside the time filter), folded into a simple graph — several links between two entities
 * become one edge whose `weight` counts them — because the algorithms expect simple graphs.
 */
import Graph from 'graphology';
import { dateOf, type ChartGraph } from '../chart/chart-graph';
import type { MoneyFlow } from '../graphql/types';

/** A simple graph of the visible chart; edge `weight` = number of chart links folded into it. */
export type AnalysisGraph = Graph<Record<string, never>, { weight: number }>;

function outside(item: { properties: Record<string, unknown>; money?: MoneyFlow | null }, range: [number, number] | null): boolean {
  if (!range) return false;
  const first = dateOf(item);
  if (!first) return false;
  const from = Date.parse(first);
  const until = item.money?.lastAt ? Date.parse(item.money.lastAt) : from;
  return Number.isFinite(from) && (until < range[0] || from > range[1]);
}

/** The keys of the entities on view. */
export function visibleNodes(chart: ChartGraph, timeRange: [number, number] | null = null): string[] {
  return chart.filterNodes((_key, a) => !a.hidden && !outside(a, timeRange));
}

/** The keys of the links on view: visible themselves and between visible entities. */
export function visibleEdges(chart: ChartGraph, timeRange: [number, number] | null = null): string[] {
  const nodes = new Set(visibleNodes(chart, timeRange));
  return chart.filterEdges((_key, a, source, target) => !a.hidden && !outside(a, timeRange) && nodes.has(source) && nodes.has(target));
}

/** The visible chart as a simple undirected (default) or directed graph without self-loops. */
export function projectVisible(chart: ChartGraph, options: { directed?: boolean; timeRange?: [number, number] | null } = {}): AnalysisGraph {
  const timeRange = options.timeRange ?? null;
  const graph: AnalysisGraph = new Graph({ type: options.directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: false });
  for (const key of visibleNodes(chart, timeRange)) graph.addNode(key);
  for (const key of visibleEdges(chart, timeRange)) {
    const [source, target] = chart.extremities(key);
    if (source === target) continue;
    graph.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + 1 }));
  }
  return graph;
}
