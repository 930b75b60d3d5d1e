// @vitest-environment happy-dom
import { createElement } from 'react';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../src/graphql/client';
import * as Q from '../src/graphql/operations';
import type { Role } from '../src/graphql/types';
import { createWorkbench, WorkbenchContext, type Workbench } from '../src/state/workbench';
import { CypherPanel } from '../src/views/CypherPanel';

const person = { key: 'per-1', attributes: { label: 'Ana Ríos', type: 'Person', types: ['Person'], caseId: null, properties: {} } };

function setUp(role: Role, reply: () => unknown) {
  const request = vi.fn(async (query: string, _variables?: Record<string, unknown>) => {
    if (query === Q.RUN_CYPHER) return reply();
    throw new Error('unexpected request');
  });
  const wb: Workbench = { ...createWorkbench(), api: { request: request as Workbench['api']['request'] } };
  wb.session.set({ session: { name: 'someone', role, token: 't', expiresAt: '2999-01-01T00:00:00Z' } });
  render(createElement(WorkbenchContext.Provider, { value: wb }, createElement(CypherPanel)));
  return { wb, request };
}

afterEach(cleanup);

describe('the Cypher panel', () => {
  it('tells an investigator that ad-hoc Cypher is for analysts', () => {
    setUp('INVESTIGATOR', () => ({}));
    expect(screen.getByTestId('cypher-forbidden').textContent).toMatch(/for analysts and administrators/);
    expect(screen.queryByTestId('cypher-editor')).toBeNull();
  });

  it('refuses bad JSON parameters before sending anything', () => {
    const { request } = setUp('ANALYST', () => ({}));
    fireEvent.change(screen.getByTestId('cypher-params'), { target: { value: '{"name": ' } });
    expect(screen.getByTestId('cypher-params-error').textContent).toMatch(/not valid JSON/);
    expect((screen.getByTestId('cypher-run') as HTMLButtonElement).disabled).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });

  it('lists the rows in a table with what was withheld, or draws them on the chart', async () => {
    const { wb, request } = setUp('ANALYST', () => ({
      runCypher: {
        columns: ['p', 'n'],
        rows: [{ p: { kind: 'node', key: 'per-1', labels: ['Person'], properties: { name: 'Ana Ríos' } }, n: 3 }],
        truncated: false,
        withheldRows: 2,
        graph: { attributes: { kind: 'cypher', truncated: false }, nodes: [person], edges: [] },
      },
    }));
    fireEvent.change(screen.getByTestId('cypher-params'), { target: { value: '{}' } });
    fireEvent.click(screen.getByTestId('cypher-target-table'));
    fireEvent.click(screen.getByTestId('cypher-run'));
    const table = await screen.findByTestId('cypher-result-table');
    expect(request.mock.calls[0]![1]).toMatchObject({ params: {}, rowLimit: 500 });
    expect([...table.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['Ana Ríos', '3']);
    expect(screen.getByTestId('cypher-summary').textContent).toMatch(/2 rows withheld/);
    expect(wb.chart.graph.order).toBe(0);

    fireEvent.click(screen.getByTestId('cypher-target-chart'));
    fireEvent.click(screen.getByTestId('cypher-run'));
    await waitFor(() => expect(wb.chart.graph.nodes()).toEqual(['per-1']));
  });

  it('shows the API’s refusal of a write', async () => {
    setUp('ADMIN', () => {
      throw new ApiRequestError('Ad-hoc Cypher is read-only: CREATE is not allowed.', 'FORBIDDEN');
    });
    fireEvent.change(screen.getByTestId('cypher-params'), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('cypher-run'));
    await waitFor(() => expect(screen.getByTestId('cypher-error').textContent).toBe('Ad-hoc Cypher is read-only: CREATE is not allowed.'));
  });
});
