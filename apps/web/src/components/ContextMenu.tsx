/**
 * The context menu of an entity, a link or the background: expand (all, by link type, within
 * dates), find paths, follow the money or the metal, show owners, hide, pin, group, annotate,
 * add to a case.
 */
import { useState } from 'react';
import { annotate, groupSelection, hideSelection, removeSelection, setPinned, showAll } from '../actions/chart-edits';
import { expand, followMetal, followMoney, showOwners } from '../actions/explore';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';

const EXPAND_TYPES: [string, string][] = [
  ['PAID', 'Money'],
  ['OWNS', 'Owners and holdings'],
  ['DIRECTOR_OF', 'Directors'],
  ['HOLDS_ACCOUNT', 'Accounts'],
  ['MEMBER_OF', 'Group members'],
  ['ASSOCIATE_OF', 'Associates'],
  ['FAMILY_OF', 'Family'],
  ['EXPORTED', 'Exports'],
  ['HOLDS_LICENCE', 'Licences'],
  ['REGISTERED_AT', 'Addresses'],
];

export function ContextMenu() {
  const wb = useWorkbench();
  const menu = useStore(wb.ui, (s) => s.contextMenu);
  const [dates, setDates] = useState({ from: '', until: '' });
  if (!menu) return null;
  const close = () => wb.ui.set({ contextMenu: null });
  const act = (fn: () => void) => () => {
    close();
    fn();
  };
  const g = wb.chart.graph;
  const selection = wb.ui.get().selection;
  const style = { left: menu.x, top: menu.y };

  if (menu.target.kind === 'stage')
    return (
      <div className="context-menu" style={style} data-testid="context-menu" onMouseLeave={close}>
        <button onClick={act(() => showAll(wb))}>Show hidden entities</button>
        <button onClick={act(() => wb.ui.set({ selection: g.nodes() }))}>Select all</button>
      </div>
    );

  if (menu.target.kind === 'edge') {
    const key = menu.target.key;
    return (
      <div className="context-menu" style={style} data-testid="context-menu" onMouseLeave={close}>
        <button onClick={act(() => wb.ui.set({ focus: { kind: 'edge', key }, panel: 'details' }))}>Show details and source</button>
        <button
          onClick={act(() => {
            const text = window.prompt('Note on this link', g.getEdgeAttribute(key, 'annotation') ?? '');
            if (text !== null) annotate(wb, { kind: 'edge', key }, text);
          })}
        >
          Annotate…
        </button>
      </div>
    );
  }

  const key = menu.target.key;
  const a = g.getNodeAttributes(key);
  const ids = selection.includes(key) ? selection : [key];
  const isMoney = a.entityType === 'BankAccount' || a.entityType === 'Person' || a.entityType === 'Company';
  const isMetal = ['Mine', 'Seizure', 'Sample', 'Shipment'].includes(a.entityType);
  return (
    <div className="context-menu" style={style} data-testid="context-menu" onMouseLeave={close}>
      <div className="menu-title">{ids.length > 1 ? `${ids.length} entities` : a.label}</div>
      <button data-testid="menu-expand" onClick={act(() => void expand(wb, ids))}>
        Expand <kbd>E</kbd>
      </button>
      <details>
        <summary>Expand by link type</summary>
        {EXPAND_TYPES.map(([type, label]) => (
          <button key={type} onClick={act(() => void expand(wb, ids, { linkTypes: [type] }))}>
            {label}
          </button>
        ))}
        <button onClick={act(() => void expand(wb, ids, { depth: 2 }))}>Two steps out</button>
      </details>
      <details>
        <summary>Expand within dates</summary>
        <label>
          From <input type="date" value={dates.from} onChange={(e) => setDates({ ...dates, from: e.target.value })} />
        </label>
        <label>
          Until <input type="date" value={dates.until} onChange={(e) => setDates({ ...dates, until: e.target.value })} />
        </label>
        <button onClick={act(() => void expand(wb, ids, { from: dates.from || undefined, until: dates.until || undefined }))}>Expand</button>
      </details>
      <button data-testid="menu-paths" onClick={act(() => wb.ui.set({ pickTarget: { purpose: 'paths', from: key } }))}>
        Find paths to…
      </button>
      {isMoney && (
        <>
          <button data-testid="menu-money" onClick={act(() => void followMoney(wb, key))}>
            Follow the money
          </button>
          <button onClick={act(() => void followMoney(wb, key, { direction: 'BACKWARD' }))}>Where the money came from</button>
        </>
      )}
      {isMetal && (
        <button data-testid="menu-metal" onClick={act(() => void followMetal(wb, key))}>
          Follow the metal
        </button>
      )}
      {a.entityType === 'Company' || a.types.includes('Company') ? (
        <button data-testid="menu-owners" onClick={act(() => void showOwners(wb, key))}>
          Show owners
        </button>
      ) : null}
      <hr />
      <button onClick={act(() => hideSelection(wb))}>
        Hide <kbd>Del</kbd>
      </button>
      <button onClick={act(() => setPinned(wb, ids, !a.pinned))}>{a.pinned ? 'Unpin' : 'Pin in place'}</button>
      <button
        onClick={act(() => {
          const name = window.prompt('Group name');
          if (name) groupSelection(wb, name);
        })}
      >
        Group…
      </button>
      <button
        onClick={act(() => {
          const text = window.prompt('Note on this entity', a.annotation ?? '');
          if (text !== null) annotate(wb, { kind: 'node', key }, text);
        })}
      >
        Annotate…
      </button>
      <button onClick={act(() => wb.ui.set({ panel: 'cases' }))}>Add to a case…</button>
      <button onClick={act(() => removeSelection(wb))}>Remove from the chart</button>
    </div>
  );
}
