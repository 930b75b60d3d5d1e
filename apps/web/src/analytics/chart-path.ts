/**
 * The shortest path between two entities using only what is visible on the chart (links in
 * either direction), as opposed to the API's path search over the whole database.
 */
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { ChartGraph } from '../chart/chart-graph';
import { projectVisible } from './visible-graph';

/** The entities along a shortest visible path from `from` to `to`, both included; null if none. */
export function shortestPathOnChart(chart: ChartGraph, from: string, to: string, timeRange: [number, number] | null = null): string[] | null {
  const graph = projectVisible(chart, { timeRange });
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return [from];
  return bidirectional(graph, from, to);
}

/** The chart links joining consecutive entities of `path` (every parallel link between them). */
export function edgesAlong(chart: ChartGraph, path: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 1; i < path.length; i++) keys.push(...chart.outEdges(path[i - 1]!, path[i]!), ...chart.outEdges(path[i]!, path[i - 1]!));
  return keys.filter((k) => !chart.getEdgeAttribute(k, 'hidden'));
}
