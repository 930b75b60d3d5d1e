/** The library of canned queries, grouped by area, with a filter box. */
import { useState } from 'react';
import { areaTitle, groupQueries, type CannedQuery } from './canned-query';

export interface QueryListProps {
  queries: readonly CannedQuery[];
  selected: string | null;
  onSelect: (query: CannedQuery) => void;
}

export function QueryList({ queries, selected, onSelect }: QueryListProps) {
  const [filter, setFilter] = useState('');
  const groups = groupQueries(queries, filter);
  return (
    <div className="query-list">
      <input
        type="search"
        placeholder="Filter: cycle, shell, assay, MONEY_…"
        aria-label="Filter the queries"
        data-testid="query-filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      {groups.length === 0 && <p className="muted">No query matches “{filter}”.</p>}
      {groups.map((g) => (
        <section key={g.area}>
          <h3>{areaTitle(g.area)}</h3>
          <ul>
            {g.queries.map((q) => (
              <li key={q.name}>
                <button
                  className={`query-item ${q.name === selected ? 'active' : ''}`}
                  data-testid="query-item"
                  data-name={q.name}
                  title={q.description}
                  onClick={() => onSelect(q)}
                >
                  <span className="query-item-title">{q.title}</span>
                  {q.pattern && <code>{q.pattern}</code>}
                  <small>{q.description}</small>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
