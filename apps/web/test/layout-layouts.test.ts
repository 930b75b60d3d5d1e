import { describe, expect, it } from 'vitest';
import { createChartGraph } from '../src/chart/chart-graph';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import type { ApiEdge, ApiGraph } from '../src/graphql/types';
import { circularLayout } from '../src/layouts/circular-layout';
import { hierarchicalLayout, hierarchyLayers } from '../src/layouts/hierarchical-layout';
import { assignPositions, layoutScope } from '../src/layouts/layout-scope';
import { LAYOUTS } from '../src/layouts/layouts';
import { noverlapLayout } from '../src/layouts/noverlap-layout';
import { placeDateOf, timeAxis, timeLayout } from '../src/layouts/time-layout';
import { ChartStore } from '../src/state/chart-store';

const node = (key: string, type = 'Company', properties: Record<string, unknown> = {}) => ({
  key,
  attributes: { label: key, type, types: [type], caseId: null, properties },
});
const link = (source: string, target: string, type: string, properties: Record<string, unknown> = {}): ApiEdge => ({
  key: `${source}-${type}-${target}`,
  source,
  target,
  attributes: { type, label: type, caseId: null, properties, provenance: null, money: null },
});
const api = (nodes: ApiGraph['nodes'], edges: ApiEdge[] = []): ApiGraph => ({ attributes: { kind: 'test', truncated: false }, nodes, edges });
function chart(nodes: ApiGraph['nodes'], edges: ApiEdge[] = []) {
  const graph = createChartGraph();
  mergeApiGraph(graph, api(nodes, edges));
  return graph;
}

/** An owner, two companies it owns, a subsidiary, a director, and an account linked loosely. */
const groupApi = () =>
  api(
    [node('owner', 'Person'), node('holding'), node('trading'), node('sub'), node('director', 'Person'), node('account', 'BankAccount')],
    [
      link('owner', 'holding', 'OWNS'),
      link('owner', 'trading', 'OWNS'),
      link('holding', 'sub', 'OWNS'),
      link('trading', 'sub', 'OWNS'),
      link('director', 'sub', 'DIRECTOR_OF'),
      link('sub', 'account', 'HOLDS_ACCOUNT'),
    ],
  );
const group = () => chart(groupApi().nodes, groupApi().edges);
const all = (graph: ReturnType<typeof chart>) => graph.nodes();

describe('hierarchical layout', () => {
  it('layers by the longest ownership chain: owner on top, then what it owns, then what they own', () => {
    const graph = group();
    const layers = hierarchyLayers(graph, all(graph));
    expect(Object.fromEntries(layers)).toEqual({ owner: 0, director: 0, holding: 1, trading: 1, sub: 2, account: 3 });
    const p = hierarchicalLayout(graph, all(graph));
    // The chart's y axis points up: higher is nearer the top of the screen.
    expect(p.get('owner')!.y).toBeGreaterThan(p.get('holding')!.y);
    expect(p.get('holding')!.y).toBe(p.get('trading')!.y);
    expect(p.get('trading')!.y).toBeGreaterThan(p.get('sub')!.y);
    expect(p.get('sub')!.y).toBeGreaterThan(p.get('account')!.y);
    expect(p.get('holding')!.x).not.toBe(p.get('trading')!.x);
  });

  it('still lays out circular ownership, and starts a part without ownership at the selection', () => {
    const graph = chart(
      [node('a'), node('b'), node('c'), node('x', 'Person'), node('y', 'Person'), node('z', 'Person')],
      [link('a', 'b', 'OWNS'), link('b', 'c', 'OWNS'), link('c', 'a', 'OWNS'), link('x', 'y', 'ASSOCIATE_OF'), link('y', 'z', 'FAMILY_OF')],
    );
    const layers = hierarchyLayers(graph, all(graph), ['z']);
    expect([layers.get('a'), layers.get('b'), layers.get('c')].sort()).toEqual([0, 1, 2]);
    expect([layers.get('z'), layers.get('y'), layers.get('x')]).toEqual([0, 1, 2]);
    const p = hierarchicalLayout(graph, all(graph), ['z']);
    expect(new Set([...p.values()].map((q) => `${q.x},${q.y}`)).size).toBe(6);
  });
});

describe('time-ordered layout', () => {
  it('orders x by date (an entity’s own, else its earliest dated link), lanes by type, undated at the left', () => {
    const graph = chart(
      [
        node('s2', 'Shipment', { date: '2021-06-01' }),
        node('s1', 'Shipment', { date: '2020-01-15' }),
        node('seizure', 'Seizure', { date: '2022-03-01' }),
        node('exporter', 'Company'),
        node('nobody', 'Person'),
      ],
      [link('exporter', 's2', 'EXPORTED'), link('exporter', 's1', 'EXPORTED', { date: '2019-11-30' })],
    );
    expect(placeDateOf(graph, 'exporter')).toBe(Date.parse('2019-11-30'));
    expect(placeDateOf(graph, 'nobody')).toBeNull();
    const p = timeLayout(graph, all(graph));
    const x = (k: string) => p.get(k)!.x;
    expect(x('exporter')).toBeLessThan(x('s1'));
    expect(x('s1')).toBeLessThan(x('s2'));
    expect(x('s2')).toBeLessThan(x('seizure'));
    expect(x('nobody')).toBeLessThan(x('exporter'));
    expect(p.get('s1')!.y).toBe(p.get('s2')!.y);
    expect(p.get('s1')!.y).not.toBe(p.get('seizure')!.y);
  });

  it('keeps dates in order, gives a busy spell room and shortens a long quiet one', () => {
    const day = 864e5;
    const t = [0, 1, 1, 2, 3, 1000].map((d) => d * day);
    const xs = t.map(timeAxis(t, 100));
    expect(xs[0]).toBe(0);
    expect(xs[5]).toBeCloseTo(100);
    expect(xs[1]).toBe(xs[2]);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThanOrEqual(xs[i - 1]!);
    // By elapsed time alone, day 3 would sit at 0.3 and the 997-day lull take 99.7 % of the axis.
    expect(xs[4]).toBeGreaterThan(40);
    expect(xs[5]! - xs[4]!).toBeLessThan(60);
  });
});

describe('circular layout and removing overlaps', () => {
  it('puts every entity on one circle around where they were', () => {
    const graph = group();
    const p = circularLayout(graph, all(graph));
    const cx = [...p.values()].reduce((s, q) => s + q.x, 0) / p.size;
    const cy = [...p.values()].reduce((s, q) => s + q.y, 0) / p.size;
    const radii = [...p.values()].map((q) => Math.hypot(q.x - cx, q.y - cy));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 6);
  });

  it('pushes two entities on the same spot apart', () => {
    const graph = chart([node('a'), node('b')]);
    graph.mergeNodeAttributes('a', { x: 0, y: 0 });
    graph.mergeNodeAttributes('b', { x: 1, y: 0 });
    const p = noverlapLayout(graph, ['a', 'b'], 1);
    const gap = Math.hypot(p.get('a')!.x - p.get('b')!.x, p.get('a')!.y - p.get('b')!.y);
    expect(gap).toBeGreaterThanOrEqual(24); // two discs of size 12
  });
});

describe('scope and pinned entities', () => {
  it('lays out the selection when several are selected, else all visible, never a pinned or hidden one', () => {
    const graph = group();
    graph.setNodeAttribute('director', 'pinned', true);
    graph.setNodeAttribute('account', 'hidden', true);
    expect(layoutScope(graph, [])).toMatchObject({ fromSelection: false, pinned: ['director'] });
    expect(layoutScope(graph, []).movable.sort()).toEqual(['holding', 'owner', 'sub', 'trading']);
    expect(layoutScope(graph, ['owner'])).toMatchObject({ fromSelection: false });
    expect(layoutScope(graph, ['owner', 'sub', 'director'])).toEqual({ movable: ['owner', 'sub'], pinned: ['director'], fromSelection: true });
  });

  it('every layout leaves pinned entities where they are, as one undoable step', () => {
    for (const layout of LAYOUTS) {
      const store = new ChartStore();
      store.change('load', (g) => mergeApiGraph(g, groupApi()));
      store.graph.mergeNodeAttributes('owner', { x: 123, y: -45, pinned: true });
      const before = { ...store.graph.getNodeAttributes('sub') };
      const positions = layout.run(store.graph, store.graph.nodes(), { anchors: [], unitsPerPixel: 1 });
      positions.set('owner', { x: 0, y: 0 }); // even a layout that tried to move it
      store.change(layout.label, (g) => assignPositions(g, positions));
      expect(store.graph.getNodeAttributes('owner')).toMatchObject({ x: 123, y: -45 });
      expect(store.graph.getNodeAttributes('sub')).not.toMatchObject({ x: before.x, y: before.y });
      expect(store.undo()).toBe(layout.label);
      expect(store.graph.getNodeAttributes('sub')).toMatchObject({ x: before.x, y: before.y });
    }
  });
});
