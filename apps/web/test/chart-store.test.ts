import { describe, expect, it } from 'vitest';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import type { ApiGraph } from '../src/graphql/types';
import { addAnnotation, beginExtrasEdit, chartExtras, newStickyNote, updateAnnotation } from '../src/cases/chart-extras';
import { takeSnapshot } from '../src/cases/snapshots';
import { ChartStore } from '../src/state/chart-store';
import type { Workbench } from '../src/state/workbench';

const node = (key: string, type = 'Person', properties: Record<string, unknown> = {}) => ({
  key,
  attributes: { label: key.toUpperCase(), type, types: [type], caseId: null, properties },
});
const edge = (key: string, source: string, target: string, type = 'ASSOCIATE_OF') => ({
  key,
  source,
  target,
  attributes: { type, label: type, caseId: null, properties: {}, provenance: null, money: null },
});
const graphOf = (nodes: ApiGraph['nodes'], edges: ApiGraph['edges'] = []): ApiGraph => ({
  attributes: { kind: 'test', truncated: false },
  nodes,
  edges,
});

describe('the chart and its history', () => {
  it('adds entities once, keeps the user’s position of those already there, and styles by type', () => {
    const store = new ChartStore();
    store.change('first', (g) => mergeApiGraph(g, graphOf([node('per-a'), node('grp-b', 'CriminalGroup')], [edge('l1', 'per-a', 'grp-b', 'MEMBER_OF')])));
    store.graph.mergeNodeAttributes('per-a', { x: 42, y: -7 });
    const result = mergeApiGraph(store.graph, graphOf([node('per-a'), node('per-c')], [edge('l1', 'per-a', 'grp-b', 'MEMBER_OF'), edge('l2', 'per-a', 'per-c')]));
    expect(result).toEqual({ addedNodes: ['per-c'], addedEdges: ['l2'] });
    expect(store.graph.getNodeAttributes('per-a')).toMatchObject({ x: 42, y: -7, entityType: 'Person', color: '#4e79a7' });
    expect(store.graph.getNodeAttributes('grp-b')).toMatchObject({ ring: 'criminal', ringColor: '#e15759' });
    expect(store.graph.size).toBe(2);
  });

  it('undoes and redoes every change in order', () => {
    const store = new ChartStore();
    store.change('add a', (g) => mergeApiGraph(g, graphOf([node('per-a')])));
    store.change('add b', (g) => mergeApiGraph(g, graphOf([node('per-b')])));
    store.change('hide a', (g) => g.setNodeAttribute('per-a', 'hidden', true));
    expect(store.undo()).toBe('hide a');
    expect(store.graph.getNodeAttribute('per-a', 'hidden')).toBeUndefined();
    expect(store.undo()).toBe('add b');
    expect(store.graph.nodes()).toEqual(['per-a']);
    expect(store.redo()).toBe('add b');
    expect(store.graph.nodes()).toEqual(['per-a', 'per-b']);
    store.change('add c', (g) => mergeApiGraph(g, graphOf([node('per-c')])));
    expect(store.redo()).toBeUndefined();
    expect(store.nextUndo()).toBe('add c');
  });

  it('draws several links between the same two entities apart', () => {
    const store = new ChartStore();
    store.change('add', (g) =>
      mergeApiGraph(g, graphOf([node('per-a'), node('per-b')], [edge('l1', 'per-a', 'per-b'), edge('l2', 'per-b', 'per-a', 'FAMILY_OF')])),
    );
    const [c1, c2] = ['l1', 'l2'].map((k) => store.graph.getEdgeAttribute(k, 'curvature')!);
    expect(store.graph.getEdgeAttribute('l1', 'type')).toBe('curved');
    expect(Math.abs(c1!)).toBeGreaterThan(0);
    // Opposite directions with opposite sides would overlap; the sign accounts for direction.
    expect(c1).toBe(c2);
  });
});

describe('the extent sigma fits', () => {
  it('is padded around a lone entity and left to sigma otherwise', async () => {
    const { flatChartExtent } = await import('../src/chart/chart-extent');
    const store = new ChartStore();
    expect(flatChartExtent(store.graph)).toBeNull();
    store.change('one', (g) => mergeApiGraph(g, graphOf([node('per-a')])));
    const { x, y } = store.graph.getNodeAttributes('per-a');
    expect(flatChartExtent(store.graph)).toEqual({ x: [x - 50, x + 50], y: [y - 50, y + 50] });
    store.change('two', (g) => mergeApiGraph(g, graphOf([node('per-b')]), ['per-a']));
    store.graph.mergeNodeAttributes('per-b', { x: x + 10, y: y + 10 });
    expect(flatChartExtent(store.graph)).toBeNull();
  });
});

describe('state kept beside the chart', () => {
  it('comes back with the graph on undo and redo', () => {
    const store = new ChartStore();
    let notes: string[] = [];
    store.attach({ capture: () => notes, restore: (state) => (notes = state as string[]) });
    store.change('add a', (g) => mergeApiGraph(g, graphOf([node('per-a')])));
    store.change('write a note', () => (notes = [...notes, 'seen at the airstrip']));
    store.change('open another chart', (g) => {
      g.clear();
      mergeApiGraph(g, graphOf([node('per-z')]));
      notes = ['the other chart’s note'];
    });
    expect(store.undo()).toBe('open another chart');
    expect(store.graph.nodes()).toEqual(['per-a']);
    expect(notes).toEqual(['seen at the airstrip']);
    expect(store.undo()).toBe('write a note');
    expect(notes).toEqual([]);
    expect(store.redo()).toBe('write a note');
    expect(store.redo()).toBe('open another chart');
    expect(store.graph.nodes()).toEqual(['per-z']);
    expect(notes).toEqual(['the other chart’s note']);
  });

  it('is left alone by a step recorded before it was attached', () => {
    const store = new ChartStore();
    store.change('add a', (g) => mergeApiGraph(g, graphOf([node('per-a')])));
    let notes = ['kept'];
    store.attach({ capture: () => notes, restore: (state) => (notes = state as string[]) });
    store.undo();
    expect(store.graph.order).toBe(0);
    expect(notes).toEqual(['kept']);
  });

  it('includes the sticky notes of a workbench', () => {
    const wb = { chart: new ChartStore() } as unknown as Workbench;
    const extras = chartExtras(wb);
    wb.chart.change('Add a sticky note', () => addAnnotation(extras, newStickyNote(10, 20, 'courier met here')));
    expect(extras.get().annotations.map((a) => a.text)).toEqual(['courier met here']);
    wb.chart.undo();
    expect(extras.get().annotations).toEqual([]);
    wb.chart.redo();
    expect(extras.get().annotations).toMatchObject([{ x: 10, y: 20, text: 'courier met here' }]);
  });

  it('leaves the snapshots the user took or deleted alone', () => {
    const wb = { chart: new ChartStore() } as unknown as Workbench;
    const extras = chartExtras(wb);
    wb.chart.change('add a', (g) => mergeApiGraph(g, graphOf([node('per-a')])));
    wb.chart.change('Add a sticky note', () => addAnnotation(extras, newStickyNote(0, 0, 'first')));
    const older = takeSnapshot(wb.chart.graph, 'before the raid');
    extras.set({ snapshots: [older] });
    wb.chart.change('add b', (g) => mergeApiGraph(g, graphOf([node('per-b')])));
    const taken = takeSnapshot(wb.chart.graph, 'after the raid');
    extras.set((s) => ({ snapshots: [...s.snapshots, taken] }));
    extras.set((s) => ({ snapshots: s.snapshots.filter((x) => x.id !== older.id) }));
    expect(wb.chart.undo()).toBe('add b');
    expect(wb.chart.undo()).toBe('Add a sticky note');
    expect(extras.get().annotations).toEqual([]);
    expect(extras.get().snapshots.map((x) => x.name)).toEqual(['after the raid']);
    wb.chart.redo();
    expect(extras.get().annotations.map((a) => a.text)).toEqual(['first']);
    expect(extras.get().snapshots.map((x) => x.name)).toEqual(['after the raid']);
  });

  it('undoes an edit of a sticky note without a graph change made while it went on', () => {
    const wb = { chart: new ChartStore() } as unknown as Workbench;
    const extras = chartExtras(wb);
    const note = newStickyNote(0, 0, 'met at');
    wb.chart.change('Add a sticky note', () => addAnnotation(extras, note));
    const finish = beginExtrasEdit(wb);
    // An expansion lands while the user types.
    wb.chart.change('Expand', (g) => mergeApiGraph(g, graphOf([node('per-a')])));
    updateAnnotation(extras, note.id, { text: 'met at the airstrip' });
    finish('Edit a sticky note');
    expect(wb.chart.undo()).toBe('Edit a sticky note');
    expect(extras.get().annotations.map((a) => a.text)).toEqual(['met at']);
    expect(wb.chart.graph.nodes()).toEqual(['per-a']);
    expect(wb.chart.redo()).toBe('Edit a sticky note');
    expect(extras.get().annotations.map((a) => a.text)).toEqual(['met at the airstrip']);
    expect(wb.chart.graph.nodes()).toEqual(['per-a']);
  });

  it('records nothing for a sticky note focused and left unchanged', () => {
    const wb = { chart: new ChartStore() } as unknown as Workbench;
    const extras = chartExtras(wb);
    wb.chart.change('Add a sticky note', () => addAnnotation(extras, newStickyNote(0, 0, 'as is')));
    beginExtrasEdit(wb)('Edit a sticky note');
    expect(wb.chart.nextUndo()).toBe('Add a sticky note');
  });
});
