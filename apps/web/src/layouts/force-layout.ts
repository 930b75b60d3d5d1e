/**
 * ForceAtlas2 in a web worker, started and stopped by the user. Entities out of scope and
 * pinned ones are marked `fixed` (which FA2 honours) for the run only; an entity the user drags
 * while it runs stays where it is dropped. Stopping records the whole run as one undoable step.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type Graph from 'graphology-types';
import type { ChartStore } from '../state/chart-store';

type Snapshot = ReturnType<ChartStore['snapshot']>;

export class ForceLayoutRun {
  private readonly supervisor: FA2Layout;
  private readonly before: Snapshot;
  private readonly held = new Map<string, { x: number; y: number }>();
  private readonly graph: Graph;
  private finished = false;

  /** Starts at once; `onAbort` is called if the chart is replaced under it (undo, open a chart). */
  constructor(
    private readonly chart: ChartStore,
    movable: ReadonlySet<string>,
    private readonly onAbort: () => void = () => {},
  ) {
    // The run adds a `fixed` attribute the chart's own types do not know: work on the plain graph.
    this.graph = chart.graph as unknown as Graph;
    this.before = chart.snapshot();
    this.graph.forEachNode((key, a) => this.graph.setNodeAttribute(key, 'fixed', Boolean(a.pinned) || !movable.has(key)));
    const settings = { ...forceAtlas2.inferSettings(this.graph), barnesHutOptimize: this.graph.order > 400 };
    this.supervisor = new FA2Layout(this.graph, {
      settings,
      getEdgeWeight: null,
      outputReducer: (key: string, a: { x: number; y: number }) => {
        const kept = this.held.get(key);
        return kept ? { ...a, x: kept.x, y: kept.y } : a;
      },
    });
    this.graph.on('nodeAttributesUpdated', this.onNodeUpdated);
    this.graph.on('cleared', this.onCleared);
    this.supervisor.start();
  }

  /** A drag merges a new position and `pinned`: keep it against the worker's next step. */
  private onNodeUpdated = (event: { key: string; type: string; data?: Record<string, unknown> }) => {
    if (event.type !== 'merge' || !event.data || typeof event.data.x !== 'number' || typeof event.data.y !== 'number') return;
    this.held.set(event.key, { x: event.data.x, y: event.data.y });
  };

  private onCleared = () => {
    this.finish();
    this.onAbort();
  };

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.supervisor.kill();
    this.graph.off('nodeAttributesUpdated', this.onNodeUpdated);
    this.graph.off('cleared', this.onCleared);
    this.graph.forEachNode((key, a) => {
      if ('fixed' in a) this.graph.removeNodeAttribute(key, 'fixed');
    });
  }

  /** Stops the layout and records what it did as one step. */
  stop(label = 'Force-directed layout'): void {
    if (this.finished) return;
    this.finish();
    this.chart.recordMade(label, this.before);
  }

  get running(): boolean {
    return !this.finished;
  }
}
