/** The top bar: brand, search, undo/redo, the main views, the side panels and the user. */
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import type { MainView, SidePanel } from '../state/ui-state';
import { useWorkbench } from '../state/workbench';
import { SearchBox } from './SearchBox';

const VIEWS: [MainView, string][] = [
  ['chart', 'Chart'],
  ['map', 'Map'],
  ['statistics', 'Statistics'],
];

const PANELS: [SidePanel, string][] = [
  ['details', 'Details'],
  ['queries', 'Queries'],
  ['cypher', 'Cypher'],
  ['analytics', 'Analytics'],
  ['layout', 'Layout'],
  ['cases', 'Cases'],
  ['export', 'Export'],
];

export function TopBar() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const view = useStore(wb.ui, (s) => s.view);
  const panel = useStore(wb.ui, (s) => s.panel);
  const session = useStore(wb.session, (s) => s.session);
  const canCypher = session?.role === 'ANALYST' || session?.role === 'ADMIN';
  const undo = wb.chart.nextUndo();
  const redo = wb.chart.nextRedo();

  return (
    <header className="top-bar">
      <span className="brand">
        <span className="brand-mark">◆</span> Touchstone
      </span>
      <SearchBox />
      <div className="tool-group">
        <button data-testid="undo" disabled={!undo} title={undo ? `Undo: ${undo} (Ctrl+Z)` : 'Nothing to undo'} onClick={() => wb.chart.undo()}>
          ↶
        </button>
        <button data-testid="redo" disabled={!redo} title={redo ? `Redo: ${redo} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={() => wb.chart.redo()}>
          ↷
        </button>
      </div>
      <nav className="tool-group" aria-label="Views">
        {VIEWS.map(([id, label]) => (
          <button key={id} className={view === id ? 'active' : ''} data-testid={`view-${id}`} onClick={() => wb.ui.set({ view: id })}>
            {label}
          </button>
        ))}
      </nav>
      <nav className="tool-group" aria-label="Panels">
        {PANELS.filter(([id]) => id !== 'cypher' || canCypher).map(([id, label]) => (
          <button
            key={id}
            className={panel === id ? 'active' : ''}
            data-testid={`panel-${id}`}
            onClick={() => wb.ui.set({ panel: panel === id ? null : id })}
          >
            {label}
          </button>
        ))}
      </nav>
      <span className="user" title={session?.role}>
        {session?.name} <small>{session?.role.toLowerCase()}</small>
        <button className="link" onClick={() => wb.signOut()}>
          Sign out
        </button>
      </span>
    </header>
  );
}
