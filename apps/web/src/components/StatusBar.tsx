/** The status bar: what the chart holds, what is selected, and what is running. */
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';

export function StatusBar() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const selection = useStore(wb.ui, (s) => s.selection.length);
  const busy = useStore(wb.ui, (s) => s.busy);
  const openChart = useStore(wb.ui, (s) => s.openChart);
  const pick = useStore(wb.ui, (s) => s.pickTarget);
  const g = wb.chart.graph;
  return (
    <footer className="status-bar">
      <span data-testid="chart-counts">
        {g.order} entities · {g.size} links
      </span>
      {selection > 0 && <span>{selection} selected</span>}
      {openChart && (
        <span data-testid="status-open-chart">
          Chart “{openChart.name}” v{openChart.version}
        </span>
      )}
      {pick && <span className="hint">Click the entity to find paths to (Esc to cancel)</span>}
      <span className="spacer" />
      {busy.map((b) => (
        <span key={b.id} className="busy" data-testid="busy">
          <span className="spinner" /> {b.label}…
        </span>
      ))}
    </footer>
  );
}
