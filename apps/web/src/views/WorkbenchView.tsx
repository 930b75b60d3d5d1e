/**
 * The workbench screen: the top bar (search, tools, views), the chart (or the map, or the
 * statistics), the side panel, the timeline and the status bar. Keyboard shortcuts for the
 * frequent actions live here so they work wherever the focus is (except in text fields).
 */
import { useEffect } from 'react';
import { expand } from '../actions/explore';
import { hideSelection } from '../actions/chart-edits';
import { ChartNotes } from '../components/ChartNotes';
import { ContextMenu } from '../components/ContextMenu';
import { GraphCanvas } from '../components/GraphCanvas';
import { Legend } from '../components/Legend';
import { Messages } from '../components/Messages';
import { SidePanel } from '../components/SidePanel';
import { StatusBar } from '../components/StatusBar';
import { Timeline } from '../components/Timeline';
import { TopBar } from '../components/TopBar';
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import { MapView } from './MapView';
import { StatisticsView } from './StatisticsView';

export function WorkbenchView() {
  const wb = useWorkbench();
  const view = useStore(wb.ui, (s) => s.view);
  useChartVersion(wb.chart);
  const empty = wb.chart.graph.order === 0;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable], .cm-editor')) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        const label = e.shiftKey ? wb.chart.redo() : wb.chart.undo();
        if (label) wb.notify('info', `${e.shiftKey ? 'Redone' : 'Undone'}: ${label}`);
      } else if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        const label = wb.chart.redo();
        if (label) wb.notify('info', `Redone: ${label}`);
      } else if (e.key === '/') {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus();
      } else if (e.key === 'Escape') {
        wb.ui.set({ selection: [], contextMenu: null, pickTarget: null });
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        hideSelection(wb);
      } else if (e.key === 'e' && !mod) {
        void expand(wb, wb.ui.get().selection);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wb]);

  return (
    <div className="workbench">
      <TopBar />
      <div className="workbench-body">
        <main className="main-view">
          <div className="chart-area" hidden={view !== 'chart'}>
            <GraphCanvas />
            {empty && (
              <div className="empty-state" data-testid="empty-state">
                <h2>Start an investigation</h2>
                <p>
                  Search for a person, company, account or mine above (press <kbd>/</kbd>), open a case chart, or run a
                  canned query from the <strong>Queries</strong> panel.
                </p>
              </div>
            )}
            <Legend />
            <ChartNotes />
          </div>
          {view === 'map' && <MapView />}
          {view === 'statistics' && <StatisticsView />}
          {view !== 'statistics' && <Timeline />}
        </main>
        <SidePanel />
      </div>
      <StatusBar />
      <ContextMenu />
      <Messages />
    </div>
  );
}
