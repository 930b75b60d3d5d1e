/**
 * Result rows as a table, one column per result column. Clicking a row selects on the chart
 * the entities that row mentions, so a finding can be traced to its place in the network.
 */
import { useState } from 'react';
import { cellText, entityIdsIn } from './row-cells';

/** How many rows are drawn at once; the rest come with "Show more". */
const PAGE = 200;

export interface ResultTableProps {
  columns: readonly string[];
  rows: readonly Record<string, unknown>[];
  /** Whether a string is the id of an entity (in the result or on the chart). */
  isEntity: (id: string) => boolean;
  nameOf: (id: string) => string | undefined;
  onSelectRow: (ids: string[]) => void;
  testId: string;
}

export function ResultTable({ columns, rows, isEntity, nameOf, onSelectRow, testId }: ResultTableProps) {
  const [shown, setShown] = useState(PAGE);
  const [active, setActive] = useState<number | null>(null);
  if (rows.length === 0) return <p className="muted" data-testid={testId}>No rows.</p>;
  return (
    <div className="result-table">
      <table data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row, i) => {
            const ids = entityIdsIn(row, isEntity);
            return (
              <tr
                key={i}
                className={`${ids.length ? 'clickable' : ''} ${active === i ? 'active' : ''}`}
                title={ids.length ? `Select the ${ids.length} entities of this row on the chart` : undefined}
                onClick={() => {
                  if (!ids.length) return;
                  setActive(i);
                  onSelectRow(ids);
                }}
              >
                {columns.map((c) => (
                  <td key={c}>{cellText(row[c], nameOf)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > shown && (
        <button className="link" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown} rows
        </button>
      )}
    </div>
  );
}
