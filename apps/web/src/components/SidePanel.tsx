/** The side panel: one of the workbench's tools at a time, chosen in the top bar. */
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import { AnalyticsPanel } from '../views/AnalyticsPanel';
import { CasesPanel } from '../views/CasesPanel';
import { CypherPanel } from '../views/CypherPanel';
import { DetailsPanel } from '../views/DetailsPanel';
import { ExportPanel } from '../views/ExportPanel';
import { LayoutPanel } from '../views/LayoutPanel';
import { QueriesPanel } from '../views/QueriesPanel';

export function SidePanel() {
  const wb = useWorkbench();
  const panel = useStore(wb.ui, (s) => s.panel);
  if (!panel) return null;
  return (
    <aside className="side-panel" data-testid={`side-panel-${panel}`}>
      <button className="close" title="Close the panel" onClick={() => wb.ui.set({ panel: null })}>
        ×
      </button>
      {panel === 'details' && <DetailsPanel />}
      {panel === 'queries' && <QueriesPanel />}
      {panel === 'cypher' && <CypherPanel />}
      {panel === 'analytics' && <AnalyticsPanel />}
      {panel === 'layout' && <LayoutPanel />}
      {panel === 'cases' && <CasesPanel />}
      {panel === 'export' && <ExportPanel />}
    </aside>
  );
}
