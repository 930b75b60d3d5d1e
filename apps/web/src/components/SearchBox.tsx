/**
 * Search with type-ahead: as the user types, the API's full-text search answers with entities
 * (icon and colour of their type, aliases, country). Enter or a click adds the hit to the chart
 * with its links to what is already there; arrow keys move through the list.
 */
import { useEffect, useRef, useState } from 'react';
import { addEntities } from '../actions/explore';
import { entityStyle } from '../chart/entity-styles';
import { ICONS } from '../chart/entity-icons';
import { ApiRequestError } from '../graphql/client';
import * as Q from '../graphql/operations';
import type { ApiNode } from '../graphql/types';
import { useWorkbench } from '../state/workbench';

interface Hit {
  score: number;
  node: ApiNode;
}

function detailOf(node: ApiNode): string {
  const p = node.attributes.properties;
  const aliases = Array.isArray(p.aliases) ? (p.aliases as string[]).slice(0, 2).join(', ') : '';
  const country = (p.country ?? p.jurisdiction ?? (Array.isArray(p.nationalities) ? p.nationalities[0] : '')) as string;
  return [node.attributes.type, country, aliases && `aka ${aliases}`].filter(Boolean).join(' · ');
}

export function SearchBox() {
  const wb = useWorkbench();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setHits([]);
      setProblem(null);
      return;
    }
    const timer = setTimeout(async () => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      try {
        const reply = await wb.api.request<{ search: { hits: Hit[] } }>(Q.SEARCH, { text: query, limit: 12 }, controller.signal);
        setHits(reply.search.hits);
        setProblem(reply.search.hits.length ? null : `Nothing matches “${query}”.`);
        setActive(0);
        setOpen(true);
      } catch (e) {
        if ((e as Error).name === 'AbortError') return;
        setHits([]);
        setProblem(e instanceof ApiRequestError ? e.message : 'Search failed.');
        setOpen(true);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [text, wb]);

  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    setOpen(false);
    void addEntities(wb, [hit.node], `Add ${hit.node.attributes.label}`);
  };

  return (
    <div className="search-box">
      <input
        data-testid="search-input"
        type="search"
        placeholder="Search people, companies, accounts, mines… ( / )"
        value={text}
        aria-label="Search the investigation"
        onChange={(e) => setText(e.target.value)}
        onFocus={() => setOpen(hits.length > 0 || problem !== null)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(hits[active]);
          else if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && (hits.length > 0 || problem) && (
        <ul className="search-results" role="listbox" data-testid="search-results">
          {problem && <li className="muted">{problem}</li>}
          {hits.map((hit, i) => {
            const style = entityStyle(hit.node.attributes.type);
            return (
              <li
                key={hit.node.key}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                data-testid="search-hit"
                data-key={hit.node.key}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit);
                }}
              >
                <span className="type-dot" style={{ background: style.color }}>
                  <img src={ICONS[style.icon]} alt="" />
                </span>
                <span className="hit-text">
                  <strong>{hit.node.attributes.label}</strong>
                  <small>{detailOf(hit.node)}</small>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
