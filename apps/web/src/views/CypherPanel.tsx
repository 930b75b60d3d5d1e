/**
 * Ad-hoc Cypher for analysts: an editor with highlighting (Ctrl/Cmd+Enter runs), JSON
 * parameters, a row limit, and the result drawn on the chart or listed in a table. The API runs
 * it read-only with a timeout; its refusals (writes, syntax, time) are shown under the editor.
 */
import { useRef, useState } from 'react';
import { addGraph } from '../actions/add-graph';
import { CypherEditor } from '../cypher-editor/CypherEditor';
import { missingParams, parseCypherParams } from '../cypher-editor/cypher-params';
import { ApiRequestError } from '../graphql/client';
import * as Q from '../graphql/operations';
import type { ApiGraph } from '../graphql/types';
import { ResultTable } from '../queries/ResultTable';
import { entityLookup, selectOnChart } from '../queries/select-row';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import '../styles/analyse.css';

interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  withheldRows: number;
  graph: ApiGraph;
}

type Target = 'chart' | 'table';

const MAX_ROWS = 5000;
// What was typed survives closing the panel (but not the browser tab).
const saved = { query: 'MATCH (p:Person)-[r:OWNS]->(c:Company)\nRETURN p, r, c\nLIMIT 25', params: '{}', rowLimit: '500', target: 'chart' as Target };

export function CypherPanel() {
  const wb = useWorkbench();
  const role = useStore(wb.session, (s) => s.session?.role);
  const [query, setQuery] = useState(saved.query);
  const [paramsText, setParamsText] = useState(saved.params);
  const [rowLimit, setRowLimit] = useState(saved.rowLimit);
  const [target, setTarget] = useState<Target>(saved.target);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<CypherResult | null>(null);
  const latest = useRef({ query, paramsText, rowLimit, target, running });
  latest.current = { query, paramsText, rowLimit, target, running };
  Object.assign(saved, { query, params: paramsText, rowLimit, target });

  if (role !== 'ANALYST' && role !== 'ADMIN')
    return (
      <section className="analyse" data-testid="cypher-forbidden">
        <h2>Cypher</h2>
        <p className="form-error">Ad-hoc Cypher is for analysts and administrators. Use the canned queries in the Queries panel, or ask an analyst.</p>
      </section>
    );

  const parsedParams = parseCypherParams(paramsText);
  const limit = Number(rowLimit);
  const limitError = Number.isInteger(limit) && limit >= 1 && limit <= MAX_ROWS ? null : `The row limit must be a whole number from 1 to ${MAX_ROWS}.`;

  const run = async () => {
    const { query: text, paramsText: ptext, rowLimit: rl, target: to, running: busy } = latest.current;
    if (busy) return;
    const parsed = parseCypherParams(ptext);
    const n = Number(rl);
    if (!text.trim()) return setError('Write a query first, e.g. MATCH (p:Person) RETURN p LIMIT 10.');
    if ('error' in parsed) return setError(parsed.error);
    if (!Number.isInteger(n) || n < 1 || n > MAX_ROWS) return setError(`The row limit must be a whole number from 1 to ${MAX_ROWS}.`);
    const missing = missingParams(text, parsed.params);
    if (missing.length) return setError(`The query uses ${missing.map((m) => `$${m}`).join(', ')} but the parameters do not give ${missing.length > 1 ? 'them' : 'it'}: add ${missing.map((m) => `"${m}": …`).join(', ')} to the parameters.`);
    setRunning(true);
    setError(null);
    const outcome = await wb.run('Run Cypher', async () => {
      try {
        return { result: (await wb.api.request<{ runCypher: CypherResult }>(Q.RUN_CYPHER, { query: text, params: parsed.params, rowLimit: n })).runCypher };
      } catch (e) {
        if (e instanceof ApiRequestError) return { error: e.message };
        throw e;
      }
    });
    setRunning(false);
    if (!outcome) return;
    if ('error' in outcome) return setError(outcome.error ?? null);
    setResult(outcome.result);
    if (to === 'chart') addGraph(wb, outcome.result.graph, 'Cypher query');
  };

  const lookup = entityLookup(wb, result?.graph ?? null);
  return (
    <section className="analyse cypher-panel" data-testid="cypher-panel">
      <h2>Cypher</h2>
      <p className="muted small">
        Read-only, with a time limit. Name the link types you follow. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs.
      </p>
      <CypherEditor initialText={query} onChange={setQuery} onRun={() => void run()} />
      <label className="params-label">
        Parameters (JSON)
        <textarea
          className={`params ${'error' in parsedParams ? 'invalid' : ''}`}
          data-testid="cypher-params"
          spellCheck={false}
          value={paramsText}
          onChange={(e) => setParamsText(e.target.value)}
        />
      </label>
      {'error' in parsedParams && (
        <p className="field-error" role="alert" data-testid="cypher-params-error">
          {parsedParams.error}
        </p>
      )}
      <div className="row">
        <label>
          Row limit
          <input type="number" min={1} max={MAX_ROWS} data-testid="cypher-row-limit" value={rowLimit} onChange={(e) => setRowLimit(e.target.value)} />
        </label>
        <span className="segmented" role="group" aria-label="Show the result">
          {(['chart', 'table'] as const).map((t) => (
            <button key={t} className={target === t ? 'active' : ''} data-testid={`cypher-target-${t}`} onClick={() => setTarget(t)}>
              {t === 'chart' ? 'On the chart' : 'In a table'}
            </button>
          ))}
        </span>
        <button className="primary" data-testid="cypher-run" disabled={running || 'error' in parsedParams || !!limitError} onClick={() => void run()}>
          {running ? 'Running…' : 'Run'}
        </button>
      </div>
      {limitError && <p className="field-error">{limitError}</p>}
      {error && (
        <p className="form-error" role="alert" data-testid="cypher-error">
          {error}
        </p>
      )}
      {result && (
        <div className="query-result" data-testid="cypher-results">
          <p className="result-summary" data-testid="cypher-summary">
            {result.rows.length} rows · {result.graph.nodes.length} entities, {result.graph.edges.length} links
            {result.truncated && <strong className="warn"> · cut at {limit} rows: raise the limit or narrow the query</strong>}
            {result.withheldRows > 0 && <strong className="warn"> · {result.withheldRows} rows withheld (records of cases you are not a member of)</strong>}
          </p>
          {target === 'table' ? (
            <>
              <button disabled={result.graph.nodes.length === 0} onClick={() => addGraph(wb, result.graph, 'Cypher query')}>
                Put these on the chart
              </button>
              <ResultTable
                columns={result.columns}
                rows={result.rows}
                {...lookup}
                onSelectRow={(ids) => selectOnChart(wb, ids, result.graph, 'Cypher query: row')}
                testId="cypher-result-table"
              />
            </>
          ) : (
            <p className="muted small">The result is on the chart. Switch to “In a table” to list the rows.</p>
          )}
        </div>
      )}
    </section>
  );
}
