/**
 * Snapshots of the chart on screen: "Take snapshot" keeps every entity's position and which are
 * hidden under a name; "Restore" puts them back as one undoable step. They are saved with the chart.
 */
import { useState } from 'react';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import { chartExtras } from './chart-extras';
import { applySnapshot, takeSnapshot } from './snapshots';

const MAX_SNAPSHOTS = 20;

export function SnapshotList() {
  const wb = useWorkbench();
  const extras = chartExtras(wb);
  const snapshots = useStore(extras, (s) => s.snapshots);
  const [name, setName] = useState('');

  const take = () => {
    if (wb.chart.graph.order === 0) return wb.notify('error', 'The chart is empty: add entities before taking a snapshot.');
    const snapshot = takeSnapshot(wb.chart.graph, name.trim() || `Snapshot ${snapshots.length + 1}`);
    extras.set((s) => ({ snapshots: [...s.snapshots, snapshot].slice(-MAX_SNAPSHOTS) }));
    setName('');
    wb.notify('info', `Snapshot “${snapshot.name}” taken; save the chart to keep it.`);
  };

  return (
    <section className="snapshots">
      <h3>Snapshots</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          take();
        }}
      >
        <input placeholder="Snapshot name" value={name} onChange={(e) => setName(e.target.value)} data-testid="snapshot-name-input" />
        <button type="submit" data-testid="snapshot-take">
          Take snapshot
        </button>
      </form>
      <ul className="chart-list">
        {snapshots.map((s) => (
          <li key={s.id} className="chart-item" data-testid="snapshot-item">
            <div>
              <strong>{s.name}</strong>
              <div className="small muted">
                {Object.keys(s.positions).length} entities{s.hidden?.length ? `, ${s.hidden.length} hidden` : ''}
                {s.createdAt ? ` · ${new Date(s.createdAt).toLocaleString()}` : ''}
              </div>
            </div>
            <button
              data-testid="snapshot-restore"
              onClick={() => wb.chart.change(`Restore snapshot “${s.name}”`, (g) => void applySnapshot(g, s))}
            >
              Restore
            </button>
            <button className="link" title="Delete this snapshot" onClick={() => extras.set((x) => ({ snapshots: x.snapshots.filter((y) => y.id !== s.id) }))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
