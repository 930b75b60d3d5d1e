/**
 * Changes to the chart that need no server: hide, show, pin, group, annotate, remove. Each is
 * one undoable step.
 */
import type { Workbench } from '../state/workbench';

export function hideSelection(wb: Workbench): void {
  const keys = wb.ui.get().selection.filter((k) => wb.chart.graph.hasNode(k));
  if (!keys.length) return;
  wb.chart.change(`Hide ${keys.length} entit${keys.length === 1 ? 'y' : 'ies'}`, (g) => {
    for (const k of keys) g.setNodeAttribute(k, 'hidden', true);
  });
  wb.ui.set({ selection: [] });
}

export function showAll(wb: Workbench): void {
  const hidden = wb.chart.graph.filterNodes((_k, a) => a.hidden === true);
  if (!hidden.length) return;
  wb.chart.change(`Show ${hidden.length} hidden`, (g) => {
    for (const k of hidden) g.setNodeAttribute(k, 'hidden', false);
  });
}

export function removeSelection(wb: Workbench): void {
  const keys = wb.ui.get().selection.filter((k) => wb.chart.graph.hasNode(k));
  if (!keys.length) return;
  wb.chart.change(`Remove ${keys.length} from the chart`, (g) => {
    for (const k of keys) g.dropNode(k);
  });
  wb.ui.set({ selection: [], focus: null });
}

export function setPinned(wb: Workbench, keys: string[], pinned: boolean): void {
  wb.chart.change(`${pinned ? 'Pin' : 'Unpin'} ${keys.length}`, (g) => {
    for (const k of keys) if (g.hasNode(k)) g.setNodeAttribute(k, 'pinned', pinned);
  });
}

export function groupSelection(wb: Workbench, group: string): void {
  const keys = wb.ui.get().selection;
  wb.chart.change(`Group ${keys.length} as ${group}`, (g) => {
    for (const k of keys) if (g.hasNode(k)) g.setNodeAttribute(k, 'group', group);
  });
}

export function annotate(wb: Workbench, target: { kind: 'node' | 'edge'; key: string }, text: string): void {
  wb.chart.change(`Annotate`, (g) => {
    if (target.kind === 'node' && g.hasNode(target.key)) g.setNodeAttribute(target.key, 'annotation', text || undefined);
    if (target.kind === 'edge' && g.hasEdge(target.key)) g.setEdgeAttribute(target.key, 'annotation', text || undefined);
  });
}

export function clearChart(wb: Workbench): void {
  wb.chart.change('Clear the chart', (g) => g.clear());
  wb.ui.set({ selection: [], focus: null, openChart: null });
}
