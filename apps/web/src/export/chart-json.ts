/**
 * The chart as JSON: graphology's serialised graph (every attribute, re-importable with
 * `graph.import`) together with the case chart document (positions, styles, notes, snapshots).
 */
import type { ChartGraph } from '../chart/chart-graph';
import type { ChartDocument } from '../cases/chart-document';

export interface ChartJson {
  format: 'touchstone-chart';
  exportedAt: string;
  graph: ReturnType<ChartGraph['export']>;
  document: ChartDocument;
}

export function toChartJson(graph: ChartGraph, document: ChartDocument, now = new Date()): string {
  const value: ChartJson = { format: 'touchstone-chart', exportedAt: now.toISOString(), graph: graph.export(), document };
  return JSON.stringify(value, null, 2);
}
