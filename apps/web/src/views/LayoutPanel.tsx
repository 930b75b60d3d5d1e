/**
 * The layout panel: the force-directed layout (started and stopped, running in a worker) and
 * the one-step layouts — hierarchical, time-ordered, circular, remove overlaps. They apply to the
 * selection when several entities are selected, else to everything visible; pinned ones stay.
 */
import { useEffect, useRef } from 'react';
import { applyLayout, refitCamera } from '../layouts/apply-layout';
import { ForceLayoutRun } from '../layouts/force-layout';
import { layoutScope } from '../layouts/layout-scope';
import { LAYOUTS } from '../layouts/layouts';
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import '../styles/time-space.css';

/** A force-directed run stops by itself after this long, so it does not spin forever. */
const FORCE_LIMIT_MS = 30_000;

export function LayoutPanel() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const running = useStore(wb.ui, (s) => s.layoutRunning);
  const selection = useStore(wb.ui, (s) => s.selection);
  const timeRange = useStore(wb.ui, (s) => s.timeRange);
  const run = useRef<ForceLayoutRun | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stopForce = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const current = run.current;
    run.current = null;
    if (current?.running) current.stop();
    wb.ui.set({ layoutRunning: false });
  };

  const startForce = () => {
    const scope = layoutScope(wb.chart.graph, selection, timeRange);
    if (scope.movable.length < 2) {
      wb.notify('info', scope.pinned.length ? 'The entities in scope are pinned: unpin some to lay them out.' : 'Put at least two entities on the chart to lay them out.');
      return;
    }
    try {
      run.current = new ForceLayoutRun(wb.chart, new Set(scope.movable), () => {
        run.current = null;
        wb.ui.set({ layoutRunning: false });
      });
    } catch (e) {
      wb.notify('error', `The force-directed layout could not start (${e instanceof Error ? e.message : String(e)}); try a circular or hierarchical layout instead.`);
      return;
    }
    wb.ui.set({ layoutRunning: true });
    timer.current = setTimeout(() => {
      stopForce();
      refitCamera();
    }, FORCE_LIMIT_MS);
  };

  // Leaving the panel stops the layout (and keeps what it did, as one undoable step).
  useEffect(() => () => stopForce(), []);

  const scope = layoutScope(wb.chart.graph, selection, timeRange);
  const empty = wb.chart.graph.order === 0;

  return (
    <div className="layout-panel" data-testid="layout-panel">
      <h2>Layout</h2>
      <p className="muted small" data-testid="layout-scope">
        {empty
          ? 'The chart is empty.'
          : `Applies to ${scope.fromSelection ? 'the' : 'all'} ${scope.movable.length + scope.pinned.length} ${scope.fromSelection ? 'selected' : 'visible'} entities` +
            (scope.pinned.length ? `; ${scope.pinned.length} pinned stay where they are.` : '.') +
            (scope.fromSelection ? '' : ' Select several to lay out only those.')}
      </p>

      <section className="layout-choice">
        <h3>Force-directed</h3>
        <p className="muted small">ForceAtlas2: linked entities pull together, clusters separate. Runs until you stop it (at most 30 s); drag entities meanwhile to pin them.</p>
        <button
          className={running ? 'active' : 'primary'}
          data-testid="layout-force"
          disabled={empty}
          onClick={() => (running ? (stopForce(), refitCamera()) : startForce())}
        >
          {running ? '■ Stop' : '▶ Start'}
        </button>
        {running && <span className="muted small layout-running"> running…</span>}
      </section>

      {LAYOUTS.map((layout) => (
        <section className="layout-choice" key={layout.id}>
          <h3>{layout.label}</h3>
          <p className="muted small">{layout.description}</p>
          <button data-testid={`layout-${layout.id}`} disabled={empty || running} onClick={() => applyLayout(wb, layout)}>
            Apply
          </button>
        </section>
      ))}
      <p className="muted small">Every layout is one step: undo it with Ctrl+Z. Entities you moved by hand are pinned and never move.</p>
    </div>
  );
}
