/**
 * The statistics dashboard: seizures, prosecutions and gold trade by country, year, route or
 * typology over a period — headline totals and bar charts whose bars open the records behind them
 * on the chart. Exports against imports shows the mirror gap that mis-declared trade leaves.
 */
import { useEffect, useState } from 'react';
import * as Q from '../graphql/operations';
import { BarChart } from '../statistics/BarChart';
import { openFigure } from '../statistics/open-figure';
import { mirrorRows, prosecutionRows, seizureRows, type Bar, type BarRow, type GroupBy, type Statistics } from '../statistics/statistics-data';
import { TotalsCards } from '../statistics/TotalsCards';
import { useWorkbench } from '../state/workbench';
import '../styles/cases-export.css';

const TABS: [GroupBy, string][] = [
  ['COUNTRY', 'Country'],
  ['YEAR', 'Year'],
  ['ROUTE', 'Route'],
  ['TYPOLOGY', 'Typology'],
];
const COLORS = { seized: '#d62728', exports: '#c9a227', imports: '#4e79a7', prosecutions: '#7f3c8d' };
const WHAT: Record<string, string> = { seized: 'Seizures', exports: 'Exports', imports: 'Imports', prosecutions: 'Prosecutions' };

export function StatisticsView() {
  const wb = useWorkbench();
  const [groupBy, setGroupBy] = useState<GroupBy>('COUNTRY');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [stats, setStats] = useState<Statistics | null>(null);

  useEffect(() => {
    let current = true;
    const badRange = from && until && from > until;
    if (badRange) return;
    void wb
      .run('Load statistics', () =>
        wb.api.request<{ statistics: Statistics }>(Q.STATISTICS_DASHBOARD, {
          groupBy,
          from: from || null,
          until: until || null,
          idsPerFigure: 300,
        }),
      )
      .then((reply) => {
        if (current && reply) setStats(reply.statistics);
      });
    return () => {
      current = false;
    };
  }, [wb, groupBy, from, until]);

  const open = (bar: Bar, row: BarRow) => void openFigure(wb, bar.ids, `${WHAT[bar.series] ?? bar.series}: ${row.label}`, bar.idsComplete);
  const groups = stats?.groups ?? [];
  const tab = TABS.find(([id]) => id === groupBy)![1].toLowerCase();

  return (
    <div className="statistics-view" data-testid="statistics-view">
      <header className="stat-header">
        <h2>Statistics</h2>
        <nav className="tool-group" aria-label="Group by">
          {TABS.map(([id, label]) => (
            <button key={id} className={groupBy === id ? 'active' : ''} onClick={() => setGroupBy(id)} data-testid={`stat-tab-${id.toLowerCase()}`}>
              {label}
            </button>
          ))}
        </nav>
        <label className="inline">
          From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="stat-from" />
        </label>
        <label className="inline">
          Until <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} data-testid="stat-until" />
        </label>
        {(from || until) && (
          <button className="link" onClick={() => (setFrom(''), setUntil(''))}>
            All dates
          </button>
        )}
      </header>
      {from && until && from > until && <p className="form-error">The start date is after the end date: swap them to see figures.</p>}
      {stats === null ? (
        <p className="muted">Loading statistics…</p>
      ) : (
        <>
          <TotalsCards totals={stats.totals} />
          <p className="small muted">Click a bar to open the records behind it on the chart.</p>
          <BarChart title={`Gold seized by ${tab}`} rows={seizureRows(groups, groupBy)} colors={COLORS} empty="No seizures in this period." onOpen={open} />
          <BarChart
            title={`Exports vs imports by ${tab} (fine kg)`}
            rows={mirrorRows(groups, groupBy)}
            colors={COLORS}
            legend={{ exports: 'exports', imports: 'imports' }}
            empty="No gold shipments in this period."
            onOpen={open}
          />
          <BarChart title={`Prosecutions by ${tab}`} rows={prosecutionRows(groups, groupBy)} colors={COLORS} empty="No prosecutions in this period." onOpen={open} />
        </>
      )}
    </div>
  );
}
