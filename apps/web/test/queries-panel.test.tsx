// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import { ApiRequestError } from '../src/graphql/client';
import * as Q from '../src/graphql/operations';
import type { ApiGraph } from '../src/graphql/types';
import type { CannedQuery, CannedQueryResult } from '../src/queries/canned-query';
import { createWorkbench, WorkbenchContext, type Workbench } from '../src/state/workbench';
import { QueriesPanel } from '../src/views/QueriesPanel';

const node = (key: string, type: string, label = key) => ({ key, attributes: { label, type, types: [type], caseId: null, properties: {} } });
const graphOf = (nodes: ApiGraph['nodes']): ApiGraph => ({ attributes: { kind: 'query', truncated: false }, nodes, edges: [] });

const moneyTrail: CannedQuery = {
  name: 'money-trail',
  area: 'money',
  title: 'Money trail',
  description: 'Follows the money forward from one account.',
  pattern: null,
  patternDescription: null,
  source: 'TYPOLOGIES.md §2.1',
  returns: 'One row per chain.',
  cypher: 'MATCH (a:BankAccount {id: $accountId}) RETURN a LIMIT $limit',
  parameters: [
    { name: 'accountId', type: 'id', description: 'the account followed', required: true, default: null, min: null, max: null },
    { name: 'limit', type: 'integer', description: 'most chains returned', required: false, default: 200, min: 1, max: 10000 },
  ],
};
const cycles: CannedQuery = { ...moneyTrail, name: 'circular-ownership', area: 'corporate', title: 'Circular ownership', pattern: 'CORP_CIRCULAR_OWNERSHIP', parameters: [] };

const result: CannedQueryResult = {
  name: 'money-trail',
  columns: ['start', 'accounts', 'totalUsd'],
  rows: [
    { start: 'acc-7', accounts: ['acc-7', 'acc-8'], totalUsd: 5000 },
    { start: 'acc-7', accounts: ['acc-7', 'acc-9'], totalUsd: 1200.5 },
  ],
  truncated: true,
  elapsedMs: 42,
  params: { accountId: 'acc-7', limit: 2 },
  graph: graphOf([node('acc-7', 'BankAccount', 'Account 7'), node('acc-8', 'BankAccount', 'Account 8'), node('acc-9', 'BankAccount', 'Account 9')]),
};

function setUp(runReplies: (() => unknown)[]) {
  const request = vi.fn(async (query: string, variables?: Record<string, unknown>) => {
    if (query === Q.CANNED_QUERIES) return { cannedQueries: [cycles, moneyTrail] };
    if (query === Q.RUN_CANNED_QUERY) return runReplies.shift()!();
    throw new Error(`unexpected request ${query} ${JSON.stringify(variables)}`);
  });
  const wb: Workbench = { ...createWorkbench(), api: { request: request as Workbench['api']['request'] } };
  // On the chart: a person and an account, both selected.
  wb.chart.change('setup', (g) => mergeApiGraph(g, graphOf([node('per-1', 'Person'), node('acc-7', 'BankAccount', 'Account 7')])));
  wb.ui.set({ selection: ['per-1', 'acc-7'] });
  render(
    <WorkbenchContext.Provider value={wb}>
      <QueriesPanel />
    </WorkbenchContext.Provider>,
  );
  return { wb, request };
}

afterEach(cleanup);

describe('the canned-query panel', () => {
  it('lists the library by area, checks the form, runs the query and lists its rows', async () => {
    const { wb, request } = setUp([() => ({ runCannedQuery: result })]);
    const items = await screen.findAllByTestId('query-item');
    expect(items.map((i) => i.dataset.name)).toEqual(['money-trail', 'circular-ownership']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Money laundering', 'Companies and ownership']);

    fireEvent.click(items[0]!);
    const accountId = screen.getByTestId('query-param-accountId') as HTMLInputElement;
    expect(accountId.value).toBe('acc-7');
    fireEvent.change(screen.getByTestId('query-param-limit'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('query-run'));
    expect(screen.getByTestId('query-error-limit').textContent).toBe('limit must be at least 1.');
    expect(request).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByTestId('query-param-limit'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('query-run'));
    const table = await screen.findByTestId('query-results');
    expect(request).toHaveBeenLastCalledWith(Q.RUN_CANNED_QUERY, { name: 'money-trail', params: { accountId: 'acc-7', limit: 2 } });
    expect(screen.getByTestId('query-summary').textContent).toMatch(/^2 rows in 42 ms · cut at the row limit/);
    const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(cells).toEqual([
      ['Account 7', 'Account 7, Account 8', '5000'],
      ['Account 7', 'Account 7, Account 9', '1200.5'],
    ]);
    expect(wb.chart.graph.nodes().sort()).toEqual(['acc-7', 'acc-8', 'acc-9', 'per-1']);
    expect(wb.chart.nextUndo()).toBe('Query Money trail');

    fireEvent.click(table.querySelectorAll('tbody tr')[1]!);
    expect(wb.ui.get().selection).toEqual(['acc-7', 'acc-9']);
  });

  it('shows the API’s refusal next to the form', async () => {
    setUp([
      () => {
        throw new ApiRequestError('params: accountId no account has this id.', 'BAD_USER_INPUT');
      },
    ]);
    fireEvent.click((await screen.findAllByTestId('query-item'))[0]!);
    fireEvent.click(screen.getByTestId('query-run'));
    await waitFor(() => expect(screen.getByTestId('query-api-error').textContent).toBe('params: accountId no account has this id.'));
    expect(screen.queryByTestId('query-results')).toBeNull();
  });

  it('narrows the list with the filter box', async () => {
    setUp([]);
    await screen.findAllByTestId('query-item');
    fireEvent.change(screen.getByTestId('query-filter'), { target: { value: 'CORP_CIRC' } });
    expect(screen.getAllByTestId('query-item').map((i) => i.dataset.name)).toEqual(['circular-ownership']);
  });
});
