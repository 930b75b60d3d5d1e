/**
 * The chart and its history. Every change the user makes goes through `change(label, fn)`, which
 * keeps a snapshot of the chart from before, so each one can be undone and redone. State kept
 * beside the graph (the chart's sticky notes and notes) can be attached as a companion: each
 * snapshot then holds it too, so undo and redo bring it back with the graph. Views re-render on
 * `version`, which grows at every change.
 */
import type { SerializedGraph } from 'graphology-types';
import { useSyncExternalStore } from 'react';
import { createChartGraph, type ChartEdgeAttributes, type ChartGraph, type ChartNodeAttributes } from '../chart/chart-graph';

type GraphSnapshot = SerializedGraph<ChartNodeAttributes, ChartEdgeAttributes>;

/** State kept beside the graph that undo and redo restore with it. */
export interface ChartCompanion {
  capture(): unknown;
  restore(state: unknown): void;
}

/** The chart at one moment: its graph and, when one is attached, its companion state. */
export interface Snapshot {
  graph: GraphSnapshot;
  companion?: unknown;
}

/** How many changes can be undone. */
export const HISTORY_DEPTH = 100;

export class ChartStore {
  readonly graph: ChartGraph = createChartGraph();
  private undoStack: { label: string; snapshot: Snapshot }[] = [];
  private redoStack: { label: string; snapshot: Snapshot }[] = [];
  private listeners = new Set<() => void>();
  private version = 0;
  private companion: ChartCompanion | null = null;

  /** Makes undo and redo restore `companion` together with the graph. */
  attach(companion: ChartCompanion): void {
    this.companion = companion;
  }

  /** Applies a change the user can undo (to the graph, the companion state or both). */
  change(label: string, apply: (graph: ChartGraph) => void): void {
    const before = this.snapshot();
    apply(this.graph);
    this.undoStack.push({ label, snapshot: before });
    if (this.undoStack.length > HISTORY_DEPTH) this.undoStack.shift();
    this.redoStack = [];
    this.notify();
  }

  /** Records a change already made to the graph (e.g. a drag), given the snapshot from before it. */
  recordMade(label: string, before: Snapshot): void {
    this.undoStack.push({ label, snapshot: before });
    if (this.undoStack.length > HISTORY_DEPTH) this.undoStack.shift();
    this.redoStack = [];
    this.notify();
  }

  snapshot(): Snapshot {
    return this.companion ? { graph: this.graph.export(), companion: this.companion.capture() } : { graph: this.graph.export() };
  }

  undo(): string | undefined {
    const step = this.undoStack.pop();
    if (!step) return undefined;
    this.redoStack.push({ label: step.label, snapshot: this.snapshot() });
    this.restore(step.snapshot);
    return step.label;
  }

  redo(): string | undefined {
    const step = this.redoStack.pop();
    if (!step) return undefined;
    this.undoStack.push({ label: step.label, snapshot: this.snapshot() });
    this.restore(step.snapshot);
    return step.label;
  }

  /** Labels of the next undo and redo, for the toolbar. */
  nextUndo = (): string | undefined => this.undoStack.at(-1)?.label;
  nextRedo = (): string | undefined => this.redoStack.at(-1)?.label;

  /** Tells views that attributes changed outside `change` (layouts, analytics colouring). */
  touch(): void {
    this.notify();
  }

  private restore(snapshot: Snapshot): void {
    this.graph.clear();
    this.graph.import(snapshot.graph);
    // A snapshot taken before the companion was attached leaves the companion as it is.
    if (this.companion && 'companion' in snapshot) this.companion.restore(snapshot.companion);
    this.notify();
  }

  private notify(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;
}

/** The chart's version: components that read the chart re-render when it changes. */
export function useChartVersion(store: ChartStore): number {
  return useSyncExternalStore(store.subscribe, store.getVersion);
}
