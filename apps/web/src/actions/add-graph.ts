/**
 * Puts a graph from the API on the chart as one undoable change, selects what it brought, and
 * tells the user what happened — including what the API left out.
 */
import { mergeApiGraph, type MergeResult } from '../chart/merge-api-graph';
import type { ApiGraph } from '../graphql/types';
import type { Workbench } from '../state/workbench';

/** Adds `graph` near `near`; `what` names the change for undo ("Expand Ana Ríos"). */
export function addGraph(wb: Workbench, graph: ApiGraph, what: string, near: readonly string[] = []): MergeResult {
  let result: MergeResult = { addedNodes: [], addedEdges: [] };
  wb.chart.change(what, (chart) => {
    result = mergeApiGraph(chart, graph, near);
  });
  const select = result.addedNodes.length ? result.addedNodes : graph.nodes.map((n) => n.key);
  wb.ui.set({ selection: select.filter((k) => wb.chart.graph.hasNode(k)) });
  const added = `${result.addedNodes.length} entities and ${result.addedEdges.length} links added`;
  if (graph.nodes.length === 0) wb.notify('info', `${what}: nothing found.`);
  else if (result.addedNodes.length === 0 && result.addedEdges.length === 0)
    wb.notify('info', `${what}: everything found is already on the chart.`);
  else wb.notify('info', `${what}: ${added}${graph.attributes.truncated ? ' (the result was cut; narrow it to see the rest)' : ''}.`);
  return result;
}

/** A display name for an entity on the chart (its label, else its id). */
export function nameOf(wb: Workbench, key: string): string {
  return wb.chart.graph.hasNode(key) ? wb.chart.graph.getNodeAttribute(key, 'label') : key;
}
