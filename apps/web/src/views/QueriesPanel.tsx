/**
 * The canned-query panel: the query library by area, a form generated from the chosen query's
 * parameters (entity ids taken from the chart selection), and its result — drawn on the chart
 * and listed in a table whose rows select their entities on the chart.
 */
import { useEffect, useRef, useState } from 'react';
import { addGraph } from '../actions/add-graph';
import { ApiRequestError } from '../graphql/client';
import * as Q from '../graphql/operations';
import { areaTitle, type CannedQuery, type CannedQueryResult } from '../queries/canned-query';
import { initialTexts, type ParamTexts, type SelectedEntity } from '../queries/param-values';
import { QueryForm } from '../queries/QueryForm';
import { QueryList } from '../queries/QueryList';
import { ResultTable } from '../queries/ResultTable';
import { entityLookup, selectOnChart } from '../queries/select-row';
import { useStore } from '../state/store';
import { useWorkbench, type Workbench } from '../state/workbench';
import '../styles/analyse.css';

// The library does not change while the app runs: fetched once per workbench.
const libraries = new WeakMap<Workbench, Promise<CannedQuery[] | undefined>>();

function loadLibrary(wb: Workbench): Promise<CannedQuery[] | undefined> {
  let library = libraries.get(wb);
  if (!library) {
    library = wb.run('Load the query library', async () => (await wb.api.request<{ cannedQueries: CannedQuery[] }>(Q.CANNED_QUERIES)).cannedQueries);
    library.then((l) => l ?? libraries.delete(wb), () => libraries.delete(wb));
    libraries.set(wb, library);
  }
  return library;
}

export function QueriesPanel() {
  const wb = useWorkbench();
  const selection = useStore(wb.ui, (s) => s.selection);
  const [queries, setQueries] = useState<CannedQuery[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState<CannedQuery | null>(null);
  const [texts, setTexts] = useState<ParamTexts>({});
  const [running, setRunning] = useState(false);
  const [apiError, setApiError] = useState<string | null>(null);
  const [result, setResult] = useState<CannedQueryResult | null>(null);
  const runId = useRef(0);

  useEffect(() => {
    let live = true;
    void loadLibrary(wb).then((l) => {
      if (!live) return;
      setQueries(l ?? null);
      setFailed(!l);
    });
    return () => {
      live = false;
    };
  }, [wb]);

  const chart = wb.chart.graph;
  const selected: SelectedEntity[] = selection.filter((k) => chart.hasNode(k)).map((key) => ({ key, entityType: chart.getNodeAttribute(key, 'entityType') }));

  const choose = (q: CannedQuery) => {
    runId.current++;
    setQuery(q);
    setTexts(initialTexts(q.parameters, selected));
    setApiError(null);
    setResult(null);
    setRunning(false);
  };

  const run = async (q: CannedQuery, params: Record<string, unknown>) => {
    const id = ++runId.current;
    setRunning(true);
    setApiError(null);
    const outcome = await wb.run(`Query ${q.title}`, async () => {
      try {
        const reply = await wb.api.request<{ runCannedQuery: CannedQueryResult }>(Q.RUN_CANNED_QUERY, { name: q.name, params });
        return { result: reply.runCannedQuery };
      } catch (e) {
        if (e instanceof ApiRequestError) return { error: e.message };
        throw e;
      }
    });
    if (id !== runId.current) return;
    setRunning(false);
    if (!outcome) return;
    if ('error' in outcome) {
      setApiError(outcome.error ?? null);
      return;
    }
    setResult(outcome.result);
    addGraph(wb, outcome.result.graph, `Query ${q.title}`);
  };

  if (failed)
    return (
      <section className="analyse">
        <h2>Queries</h2>
        <p className="form-error">The query library could not be loaded.</p>
        <button onClick={() => (setFailed(false), void loadLibrary(wb).then((l) => (setQueries(l ?? null), setFailed(!l))))}>Try again</button>
      </section>
    );
  if (!queries) return <p className="muted">Loading the query library…</p>;

  const lookup = entityLookup(wb, result?.graph ?? null);
  return (
    <section className="analyse queries-panel" data-testid="queries-panel">
      <h2>Queries</h2>
      {!query && <QueryList queries={queries} selected={null} onSelect={choose} />}
      {query && (
        <>
          <button className="link back" onClick={() => (runId.current++, setQuery(null), setResult(null), setRunning(false))}>
            ← All queries
          </button>
          <h3 className="query-title" data-testid="query-title">
            {query.title}
          </h3>
          <p className="muted small">
            {areaTitle(query.area)}
            {query.pattern && (
              <>
                {' · '}
                <code title={query.patternDescription ?? undefined}>{query.pattern}</code>
              </>
            )}
          </p>
          <p>{query.description}</p>
          <p className="small">
            <strong>Source:</strong> {query.source}
          </p>
          <details className="small">
            <summary>What each row holds, and the Cypher</summary>
            <p>
              <strong>Each row:</strong> {query.returns}
            </p>
            <pre className="cypher-text">{query.cypher}</pre>
          </details>
          <QueryForm
            key={query.name}
            query={query}
            texts={texts}
            onChange={setTexts}
            selected={selected}
            running={running}
            apiError={apiError}
            onRun={(params) => void run(query, params)}
          />
          {result && (
            <div className="query-result">
              <p className="result-summary" data-testid="query-summary">
                {result.rows.length} rows in {result.elapsedMs} ms
                {result.truncated && <strong className="warn"> · cut at the row limit: narrow the parameters to see the rest</strong>}
              </p>
              <ResultTable
                columns={result.columns}
                rows={result.rows}
                {...lookup}
                onSelectRow={(ids) => selectOnChart(wb, ids, result.graph, `Query ${query.title}: row`)}
                testId="query-results"
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
