/**
 * One case: its members, "add the selected entities", its link charts (open one) and saving the
 * chart on screen — as a new chart or as the next version of the open one. When someone else
 * saved the chart meanwhile, the save is refused and a copy can be saved instead.
 */
import { useEffect, useState } from 'react';
import * as Q from '../graphql/operations';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import { CaseMembers } from './CaseMembers';
import type { CaseSummary } from './case-types';
import { openChart, saveChart } from './chart-io';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CaseDetail({ item, onChanged }: { item: CaseSummary; onChanged: () => void | Promise<void> }) {
  const wb = useWorkbench();
  const selection = useStore(wb.ui, (s) => s.selection);
  const openNow = useStore(wb.ui, (s) => s.openChart);
  const open = openNow?.caseId === item.id ? openNow : null;
  const [name, setName] = useState(open?.name ?? '');
  const [conflict, setConflict] = useState(false);
  // The name field follows the chart that is open (reopened, or saved under a new name).
  useEffect(() => setName(open?.name ?? ''), [open?.id, open?.name]);
  const canSave = item.myRole === 'LEAD' || item.myRole === 'MEMBER';

  const addSelected = async () => {
    const ids = selection.filter((k) => wb.chart.graph.hasNode(k));
    const reply = await wb.run(`Add ${ids.length} entities to the case`, () =>
      wb.api.request<{ addCaseEntities: { id: string; entityCount: number } }>(Q.ADD_CASE_ENTITIES, { caseId: item.id, ids }),
    );
    if (!reply) return;
    wb.notify('info', `“${item.title}” now holds ${reply.addCaseEntities.entityCount} entities.`);
    void onChanged();
  };

  const save = async (asNew: boolean) => {
    const chartName = name.trim() || open?.name || 'Untitled chart';
    const outcome = await saveChart(wb, item.id, chartName, asNew);
    setConflict(!outcome.ok && outcome.conflict);
    if (outcome.ok) {
      setName(outcome.chart.name);
      void onChanged();
    }
  };

  return (
    <div className="case-detail" data-testid="case-detail">
      {item.description && <p className="small">{item.description}</p>}
      <CaseMembers item={item} onChanged={() => void onChanged()} />
      <section>
        <h3>Entities</h3>
        <button disabled={!canSave || selection.length === 0} onClick={() => void addSelected()} data-testid="case-add-selected">
          Add selected to case{selection.length ? ` (${selection.length})` : ''}
        </button>
        <span className="small muted"> {item.entityCount} held</span>
      </section>
      <section>
        <h3>Charts</h3>
        {item.charts.length === 0 && <p className="muted small">No saved charts yet.</p>}
        <ul className="chart-list">
          {item.charts.map((c) => (
            <li key={c.id} className={`chart-item${open?.id === c.id ? ' open' : ''}`} data-testid="chart-item" data-id={c.id}>
              <div>
                <strong>{c.name}</strong> <small>v{c.version}</small>
                <div className="small muted">
                  {c.updatedBy} · {when(c.updatedAt)}
                </div>
              </div>
              <button data-testid="chart-open" onClick={() => void openChart(wb, c.id)}>
                Open
              </button>
            </li>
          ))}
        </ul>
        {canSave ? (
          <form
            className="save-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save(false);
            }}
          >
            <input placeholder="Chart name" value={name} onChange={(e) => setName(e.target.value)} data-testid="chart-name-input" />
            <button className="primary" type="submit" data-testid="chart-save" disabled={wb.chart.graph.order === 0 && !open}>
              {open ? `Save version ${open.version + 1}` : 'Save chart'}
            </button>
            {open && (
              <button type="button" onClick={() => void save(true)} data-testid="chart-save-new">
                Save as new
              </button>
            )}
          </form>
        ) : (
          <p className="small muted">Viewers can open the charts of this case but not save them.</p>
        )}
        {conflict && (
          <div className="conflict" role="alert" data-testid="chart-conflict">
            Someone saved “{open?.name}” after you opened it, so your save was refused to keep their work. Save yours as a new chart,
            or reopen theirs and apply your changes again.
            <div>
              <button className="primary" onClick={() => void save(true)}>
                Save as a new chart
              </button>{' '}
              <button onClick={() => open && void openChart(wb, open.id).then(() => setConflict(false))}>Reopen theirs</button>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
