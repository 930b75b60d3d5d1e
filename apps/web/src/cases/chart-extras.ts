/**
 * What the team wrote on the open chart besides the graph — sticky notes and other annotations,
 * notes, snapshots — in a small store per workbench, so the canvas overlay, the cases panel and
 * saving/opening share one copy. The store is attached to the chart's history: undo and redo
 * bring back the sticky notes as they were, and opening a chart is undone with its notes.
 */
import { Store } from '../state/store';
import type { Workbench } from '../state/workbench';
import type { ChartExtras, DocAnnotation } from './chart-document';

export type ExtrasStore = Store<ChartExtras>;

const stores = new WeakMap<Workbench, ExtrasStore>();

export const emptyExtras = (): ChartExtras => ({ annotations: [], notes: [], snapshots: [] });

/** The extras of the workbench's chart. */
export function chartExtras(wb: Workbench): ExtrasStore {
  let store = stores.get(wb);
  if (!store) {
    const created = new Store(emptyExtras());
    wb.chart.attach({ capture: () => created.get(), restore: (state) => created.set(state as ChartExtras) });
    stores.set(wb, (store = created));
  }
  return store;
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
