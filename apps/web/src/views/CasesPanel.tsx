/**
 * Cases: the investigations the viewer belongs to, a form to open a new one, and for the chosen
 * case its members, its saved link charts (open, save, save a new version) and snapshots of the
 * chart on screen. Sharing a chart means adding a colleague to its case.
 */
import { useCallback, useEffect, useState } from 'react';
import { CaseCreateForm } from '../cases/CaseCreateForm';
import { CaseDetail } from '../cases/CaseDetail';
import type { CaseSummary } from '../cases/case-types';
import { SnapshotList } from '../cases/SnapshotList';
import * as Q from '../graphql/operations';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import '../styles/cases-export.css';

export function CasesPanel() {
  const wb = useWorkbench();
  const openChart = useStore(wb.ui, (s) => s.openChart);
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(openChart?.caseId ?? null);

  const reload = useCallback(async () => {
    const reply = await wb.run('Load cases', () => wb.api.request<{ cases: { cases: CaseSummary[] } }>(Q.CASES));
    if (reply) setCases(reply.cases.cases);
  }, [wb]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const current = cases?.find((c) => c.id === chosen) ?? null;

  return (
    <div className="cases-panel" data-testid="cases-panel">
      <h2>Cases</h2>
      {openChart && (
        <p className="small muted" data-testid="open-chart">
          Open chart: <strong>{openChart.name}</strong> (version {openChart.version})
        </p>
      )}
      {cases === null ? (
        <p className="muted">Loading cases…</p>
      ) : cases.length === 0 ? (
        <p className="muted">You are not a member of any case yet. Open one below.</p>
      ) : (
        <ul className="case-list">
          {cases.map((c) => (
            <li key={c.id}>
              <button
                className={`case-item${c.id === chosen ? ' active' : ''}`}
                data-testid="case-item"
                data-id={c.id}
                onClick={() => setChosen(c.id === chosen ? null : c.id)}
              >
                <strong>{c.title}</strong>
                <small>
                  {c.status.toLowerCase()} · {c.myRole?.toLowerCase() ?? 'left'} · {c.entityCount} entities · {c.charts.length} chart
                  {c.charts.length === 1 ? '' : 's'}
                </small>
              </button>
            </li>
          ))}
        </ul>
      )}
      {current && <CaseDetail key={current.id} item={current} onChanged={reload} />}
      <CaseCreateForm
        onCreated={async (id) => {
          await reload();
          setChosen(id);
        }}
      />
      <SnapshotList />
    </div>
  );
}
