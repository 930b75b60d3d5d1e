/**
 * What the team wrote on the open chart besides the graph — sticky notes and other annotations,
 * notes, snapshots — in a small store per workbench, so the canvas overlay, the cases panel and
 * saving/opening share one copy. The annotations and notes are attached to the chart's history:
 * undo and redo bring back the sticky notes as they were, and opening a chart is undone with its
 * notes. Snapshots are not: they are views the user keeps on purpose, taken and deleted outside
 * any chart change, so undoing an edit must neither drop nor bring back one.
 */
import { Store } from '../state/store';
import type { Workbench } from '../state/workbench';
import type { ChartExtras, DocAnnotation } from './chart-document';

export type ExtrasStore = Store<ChartExtras>;

/** The part of the extras that undo and redo restore with the chart. */
type UndoneExtras = Pick<ChartExtras, 'annotations' | 'notes'>;

const undoneOf = ({ annotations, notes }: ChartExtras): UndoneExtras => ({ annotations, notes });

const stores = new WeakMap<Workbench, ExtrasStore>();

export const emptyExtras = (): ChartExtras => ({ annotations: [], notes: [], snapshots: [] });

/** The extras of the workbench's chart. */
export function chartExtras(wb: Workbench): ExtrasStore {
  let store = stores.get(wb);
  if (!store) {
    const created = new Store(emptyExtras());
    wb.chart.attach({ capture: () => undoneOf(created.get()), restore: (state) => created.set(state as UndoneExtras) });
    stores.set(wb, (store = created));
  }
  return store;
}

/**
 * Starts an edit of the sticky notes made outside `change` (typing, dragging); the function it
 * returns records the edit as one undoable step. The graph is taken as it is when the edit ends,
 * so a graph change made meanwhile (an expansion finishing) stays out of the step.
 */
export function beginExtrasEdit(wb: Workbench): (label: string) => void {
  const extras = chartExtras(wb);
  const before = extras.get();
  return (label) => {
    if (extras.get().annotations === before.annotations) return;
    wb.chart.recordMade(label, { ...wb.chart.snapshot(), companion: undoneOf(before) });
  };
}

let counter = 0;

/** A new sticky note at a point of the chart (graph coordinates). */
export function newStickyNote(x: number, y: number, text = ''): DocAnnotation {
  counter++;
  return { id: `note-${Date.now().toString(36)}-${counter}`, kind: 'text', x, y, text, color: '#fff3a8' };
}

export function addAnnotation(store: ExtrasStore, annotation: DocAnnotation): void {
  store.set((s) => ({ annotations: [...s.annotations, annotation] }));
}

export function updateAnnotation(store: ExtrasStore, id: string, patch: Partial<DocAnnotation>): void {
  store.set((s) => ({ annotations: s.annotations.map((a) => (a.id === id ? { ...a, ...patch } : a)) }));
}

export function removeAnnotation(store: ExtrasStore, id: string): void {
  store.set((s) => ({ annotations: s.annotations.filter((a) => a.id !== id) }));
}
