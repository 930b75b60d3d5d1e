import Graph, { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { GraphBuilder, type LinkRow, type NodeRow } from '../src/services/graph/graph-builder';

const node = (id: string, labels: string[], properties: Record<string, unknown> = {}): NodeRow => ({
  id,
  labels: ['Entity', ...labels],
  properties: { id, ...properties } as never,
});
const link = (
  id: string,
  type: string,
  from: string,
  to: string,
  properties: Record<string, unknown> = {},
): LinkRow => ({ id, type, from, to, properties: { id, ...properties } as never });

describe('GraphBuilder', () => {
  it('builds graphology’s serialised format, loadable as it is', () => {
    const b = new GraphBuilder();
    b.addNode(node('per-1', ['Person'], { name: 'Ana' }));
    b.addNode(node('off-1', ['Person', 'Official'], { name: 'Rosa' }));
    b.addNode(node('com-1', ['Company'], { name: 'Acme' }));
    b.addLink(
      link('lnk-1', 'OWNS', 'per-1', 'com-1', {
        share: 0.4,
        sourceId: 'doc-1',
        enteredBy: 'x',
        enteredAt: '2022-01-01T00:00:00Z',
        sourceReliability: 'B',
        infoReliability: '2',
      }),
    );
    b.addLink(link('lnk-2', 'DIRECTOR_OF', 'per-1', 'com-1'));
    b.addLink(link('lnk-3', 'OWNS', 'per-1', 'com-missing'));
    const serialised = b.build('test');
    const graph = Graph.from(serialised as never);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    expect(graph.edges('per-1', 'com-1')).toHaveLength(2);
    expect(graph.getNodeAttributes('off-1')).toMatchObject({
      label: 'Rosa',
      type: 'Official',
      types: ['Person', 'Official'],
    });
    expect(graph.getEdgeAttributes('lnk-1')).toMatchObject({
      type: 'OWNS',
      properties: { share: 0.4 },
      provenance: { sourceId: 'doc-1', grade: 'B2' },
    });
    expect(graph.getEdgeAttribute('lnk-2', 'provenance')).toBeNull();
    new MultiDirectedGraph().import(serialised as never);
  });

  it('folds transactions that only join two accounts into one money edge per pair and direction', () => {
    const b = new GraphBuilder();
    b.addNode(node('acc-1', ['BankAccount']));
    b.addNode(node('acc-2', ['BankAccount']));
    const tx = (id: string, usd: number, at: string, from = 'acc-1', to = 'acc-2') => {
      b.addNode(node(id, ['Transaction'], { amountUsd: usd, timestamp: at }));
      b.addLink(link(`s-${id}`, 'SENT', from, id, { sourceId: 'doc-bank' }));
      b.addLink(link(`t-${id}`, 'TO', id, to));
    };
    tx('txn-1', 100, '2021-01-02T00:00:00Z');
    tx('txn-2', 50, '2021-01-01T00:00:00Z');
    tx('txn-3', 7, '2021-01-03T00:00:00Z', 'acc-2', 'acc-1');
    b.addNode(node('per-1', ['Person']));
    tx('txn-4', 9, '2021-01-04T00:00:00Z');
    b.addLink(link('d-txn-4', 'DEPOSITED_BY', 'txn-4', 'per-1'));
    const folded = b.foldTransactions();
    const g = b.build('test');
    expect(g.nodes.map((n) => n.key)).toEqual(['acc-1', 'acc-2', 'per-1', 'txn-4']);
    const forward = g.edges.find((e) => e.key === 'paid:acc-1>acc-2')!;
    expect(forward.attributes.money).toEqual({
      count: 2,
      totalUsd: 150,
      firstAt: '2021-01-01T00:00:00Z',
      lastAt: '2021-01-02T00:00:00Z',
      transactionIds: ['txn-2', 'txn-1'],
      complete: true,
      sourceIds: ['doc-bank'],
    });
    expect(forward.attributes.label).toBe('2 payments, 150 USD');
    expect(g.edges.find((e) => e.key === 'paid:acc-2>acc-1')!.attributes.money!.count).toBe(1);
    expect(folded.get('s-txn-1')).toBe('paid:acc-1>acc-2');
    expect(b.resolve('txn-3')).toBe('paid:acc-2>acc-1');
    expect(g.edges.filter((e) => e.attributes.type === 'SENT').map((e) => e.key)).toEqual(['s-txn-4']);
  });

  it('keeps the larger of two aggregates of the same pair', () => {
    const b = new GraphBuilder();
    b.addNode(node('acc-1', ['BankAccount']));
    b.addNode(node('acc-2', ['BankAccount']));
    const flow = { from: 'acc-1', to: 'acc-2', firstAt: null, lastAt: null, sourceIds: [] };
    b.addFlow({ ...flow, count: 3, totalUsd: 30, transactionIds: ['a', 'b', 'c'] });
    b.addFlow({ ...flow, count: 1, totalUsd: 10, transactionIds: ['a'] });
    expect(b.build('x').edges[0]!.attributes.money).toMatchObject({ count: 3, totalUsd: 30, complete: true });
    b.addFlow({ ...flow, count: 900, totalUsd: 9000, transactionIds: ['a'] });
    expect(b.build('x').edges[0]!.attributes.money).toMatchObject({ count: 900, complete: false });
  });
});
