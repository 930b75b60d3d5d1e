import { describe, expect, it } from 'vitest';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import { createChartGraph, type ChartGraph } from '../src/chart/chart-graph';
import { applyDocument, chartToDocument, extrasOf, type ChartDocument } from '../src/cases/chart-document';
import { emptyExtras } from '../src/cases/chart-extras';
import { applySnapshot, takeSnapshot } from '../src/cases/snapshots';
import type { ApiGraph } from '../src/graphql/types';

const api: ApiGraph = {
  attributes: { kind: 'subgraph', truncated: false },
  nodes: ['per-ana', 'co-aurum', 'acc-1'].map((key, i) => ({
    key,
    attributes: { label: key.toUpperCase(), type: ['Person', 'Company', 'BankAccount'][i]!, types: [], caseId: null, properties: {} },
  })),
  edges: [
    { key: 'l-dir', source: 'per-ana', target: 'co-aurum', attributes: { type: 'DIRECTOR_OF', label: 'director', caseId: null, properties: {}, provenance: null, money: null } },
    { key: 'l-holds', source: 'co-aurum', target: 'acc-1', attributes: { type: 'HOLDS_ACCOUNT', label: 'holds', caseId: null, properties: {}, provenance: null, money: null } },
  ],
};

/** A chart as a user left it: moved, recoloured, hidden, pinned, grouped and annotated. */
function edited(): ChartGraph {
  const g = createChartGraph();
  mergeApiGraph(g, api);
  g.mergeNodeAttributes('per-ana', { x: 12.5, y: -40.25, color: '#123456', size: 20, hidden: true, group: 'suspects', annotation: 'Met the buyer in Lima' });
  g.mergeNodeAttributes('co-aurum', { x: 300, y: 7, pinned: true, ringColor: '#ff0000', annotation: 'x'.repeat(450) });
  g.mergeNodeAttributes('acc-1', { x: -1e9, y: Number.NaN });
  g.mergeEdgeAttributes('l-holds', { hidden: true, color: '#abcdef', annotation: 'opened 2021' });
  return g;
}

/** What reopening does: the entities fetched again, then the saved look applied. */
function reopen(doc: ChartDocument): { graph: ChartGraph; result: ReturnType<typeof applyDocument> } {
  const graph = createChartGraph();
  mergeApiGraph(graph, api);
  const result = applyDocument(graph, JSON.parse(JSON.stringify(doc)) as ChartDocument);
  return { graph, result };
}

describe('chart documents', () => {
  it('reopen a chart with the same entities, positions, colours, flags, groups and notes', () => {
    const before = edited();
    const note = { id: 'n1', kind: 'text' as const, x: 5, y: 6, text: 'Check the <AWB> & "invoice"' };
    const doc = chartToDocument(before, { ...emptyExtras(), annotations: [note] }, { x: 0.4, y: 0.6, ratio: 0.5, angle: 0 });
    const { graph, result } = reopen(doc);
    expect(result.missingNodes).toEqual([]);
    expect(graph.nodes().sort()).toEqual(['acc-1', 'co-aurum', 'per-ana']);
    for (const key of ['per-ana', 'co-aurum']) {
      const [a, b] = [before.getNodeAttributes(key), graph.getNodeAttributes(key)];
      expect({ x: b.x, y: b.y, color: b.color, size: b.size, hidden: b.hidden, pinned: b.pinned, ringColor: b.ringColor }).toEqual({
        x: a.x, y: a.y, color: a.color, size: a.size, hidden: a.hidden, pinned: a.pinned, ringColor: a.ringColor,
      });
    }
    expect(graph.getNodeAttributes('per-ana')).toMatchObject({ group: 'suspects', annotation: 'Met the buyer in Lima', hidden: true });
    // A long annotation does not fit a style value: it travels as a note aimed at its entity.
    expect(graph.getNodeAttribute('co-aurum', 'annotation')).toHaveLength(450);
    expect(doc.notes).toEqual([expect.objectContaining({ target: 'co-aurum' })]);
    expect(extrasOf(doc)).toEqual({ annotations: [note], notes: [], snapshots: [] });
    expect(graph.getEdgeAttributes('l-holds')).toMatchObject({ hidden: true, color: '#abcdef', annotation: 'opened 2021' });
    expect(graph.getEdgeAttribute('l-dir', 'hidden')).toBeUndefined();
    expect(doc.viewport).toEqual({ x: 0.4, y: 0.6, ratio: 0.5 });
  });

  it('keep to the server’s bounds: coordinates clamped, no unknown keys, short style values', () => {
    const doc = chartToDocument(edited(), emptyExtras());
    const acc = doc.nodes.find((n) => n.key === 'acc-1')!;
    expect([acc.x, acc.y]).toEqual([-1e7, 0]);
    const nodeKeys = new Set(['key', 'x', 'y', 'size', 'color', 'label', 'icon', 'hidden', 'pinned', 'style']);
    for (const n of doc.nodes) for (const k of Object.keys(n)) expect(nodeKeys.has(k)).toBe(true);
    for (const n of doc.nodes)
      for (const v of Object.values(n.style ?? {})) expect(typeof v === 'string' ? v.length <= 200 : ['number', 'boolean'].includes(typeof v)).toBe(true);
    expect(Object.keys(doc).sort()).toEqual(['annotations', 'edges', 'format', 'nodes', 'notes', 'snapshots']);
    expect(doc.nodes.find((n) => n.key === 'per-ana')).toMatchObject({ hidden: true, icon: 'person', style: { group: 'suspects' } });
    expect(doc.nodes.find((n) => n.key === 'acc-1')).not.toHaveProperty('hidden');
  });

  it('report entities the viewer no longer sees and drop links the saved chart did not have', () => {
    const doc = chartToDocument(edited(), emptyExtras());
    doc.nodes.push({ key: 'per-secret', x: 1, y: 1 });
    doc.edges = doc.edges.filter((e) => e.key !== 'l-dir');
    const { graph, result } = reopen(doc);
    expect(result).toEqual({ missingNodes: ['per-secret'], droppedEdges: ['l-dir'] });
    expect(graph.edges()).toEqual(['l-holds']);
  });
});

describe('snapshots', () => {
  it('put entities back where they were and hide exactly what was hidden', () => {
    const g = edited();
    g.mergeNodeAttributes('acc-1', { x: 3, y: 4 });
    const snapshot = takeSnapshot(g, 'Before the layout', new Date('2026-01-02T03:04:05Z'));
    expect(snapshot).toMatchObject({ name: 'Before the layout', createdAt: '2026-01-02T03:04:05.000Z', hidden: ['per-ana'] });
    expect(snapshot.positions['per-ana']).toEqual([12.5, -40.25]);
    g.mergeNodeAttributes('per-ana', { x: 0, y: 0, hidden: false });
    g.mergeNodeAttributes('co-aurum', { x: 1, hidden: true });
    expect(applySnapshot(g, snapshot)).toBe(2);
    expect(g.getNodeAttributes('per-ana')).toMatchObject({ x: 12.5, y: -40.25, hidden: true });
    expect(g.getNodeAttributes('co-aurum')).toMatchObject({ x: 300, hidden: false });
  });
});
