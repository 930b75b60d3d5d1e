/**
 * Selecting the entities of a result row on the chart. Entities the user has since removed
 * (or that were never drawn) are put back from the result's graph first, as an undoable step.
 */
import { addGraph } from '../actions/add-graph';
import type { ApiGraph } from '../graphql/types';
import type { Workbench } from '../state/workbench';

/** Selects `ids` on the chart, drawing those missing from `graph`; returns how many are selected. */
export function selectOnChart(wb: Workbench, ids: readonly string[], graph: ApiGraph | null, what: string): number {
  const chart = wb.chart.graph;
  const missing = new Set(ids.filter((id) => !chart.hasNode(id)));
  if (missing.size && graph) {
    const nodes = graph.nodes.filter((n) => missing.has(n.key));
    const edges = graph.edges.filter((e) => missing.has(e.source) || missing.has(e.target));
    if (nodes.length) addGraph(wb, { attributes: graph.attributes, nodes, edges }, what, ids.filter((id) => chart.hasNode(id)));
  }
  const onChart = ids.filter((id) => chart.hasNode(id));
  wb.ui.set({ selection: onChart });
  if (onChart.length === 0) wb.notify('info', 'None of the entities of this row are on the chart.');
  return onChart.length;
}

/** Lookups over a result graph and the chart: is a string an entity id, and its name. */
export function entityLookup(wb: Workbench, graph: ApiGraph | null): { isEntity: (id: string) => boolean; nameOf: (id: string) => string | undefined } {
  const names = new Map((graph?.nodes ?? []).map((n) => [n.key, n.attributes.label || n.key]));
  const chart = wb.chart.graph;
  return {
    isEntity: (id) => names.has(id) || chart.hasNode(id),
    nameOf: (id) => names.get(id) ?? (chart.hasNode(id) ? chart.getNodeAttribute(id, 'label') : undefined),
  };
}
