import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  assignCommunities,
  assignScores,
  detectCommunities,
  edgesAlong,
  moneyAmounts,
  resetStyles,
  projectVisible,
  scoreChart,
  scoreNodes,
  scoreNodesOffMain,
  shortestPathOnChart,
  sizesOf,
  topScores,
} from '../src/analytics';
import { answerScoreRequest } from '../src/analytics/score-request';
import { createChartGraph, type ChartGraph } from '../src/chart/chart-graph';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import type { ApiEdge, ApiGraph, MoneyFlow } from '../src/graphql/types';
import { ChartStore } from '../src/state/chart-store';

const node = (key: string, type = 'Person') => ({ key, attributes: { label: key, type, types: [type], caseId: null, properties: {} } });
const link = (source: string, target: string, type = 'ASSOCIATE_OF', extra: Partial<ApiEdge['attributes']> = {}): ApiEdge => ({
  key: `${source}-${type}-${target}`,
  source,
  target,
  attributes: { type, label: type, caseId: null, properties: {}, provenance: null, money: null, ...extra },
});
const money = (totalUsd: number, firstAt = '2024-01-01', lastAt = firstAt): MoneyFlow => ({
  count: 1,
  totalUsd,
  firstAt,
  lastAt,
  transactionIds: [],
  complete: true,
  sourceIds: [],
});

/** A chart of the given entities (by key) and links [source, target]. */
function chartOf(keys: string[], links: (readonly [string, string] | ApiEdge)[]): ChartGraph {
  const graph: ApiGraph = {
    attributes: { kind: 'test', truncated: false },
    nodes: keys.map((k) => node(k, k.startsWith('acc') ? 'BankAccount' : 'Person')),
    edges: links.map((l) => ('key' in l ? l : link(l[0], l[1]))),
  };
  const chart = createChartGraph();
  mergeApiGraph(chart, graph);
  return chart;
}

// Two triangles a-b-c and d-e-f joined by the single link c-d.
const twoTriangles = () =>
  chartOf(['a', 'b', 'c', 'd', 'e', 'f'], [['a', 'b'], ['b', 'c'], ['c', 'a'], ['d', 'e'], ['e', 'f'], ['f', 'd'], ['c', 'd']]);
// A star: the centre hub linked to four leaves.
const star = () => chartOf(['hub', 'l1', 'l2', 'l3', 'l4'], [['l1', 'hub'], ['l2', 'hub'], ['l3', 'hub'], ['l4', 'hub']]);

describe('communities', () => {
  it('splits two triangles joined by one link into the two triangles', () => {
    const result = detectCommunities(twoTriangles());
    expect(result.communities.map((c) => c.members)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(result.modularity).toBeCloseTo(5 / 14, 5);
  });

  it('colours each member by its community and leaves a risk ring alone', () => {
    const chart = twoTriangles();
    chart.mergeNodeAttributes('a', { ring: 'sanctioned', ringColor: '#000000' });
    const result = detectCommunities(chart);
    assignCommunities(chart, result);
    const [first, second] = result.communities;
    expect(chart.getNodeAttributes('b')).toMatchObject({ community: 0, color: first!.color, ringColor: first!.color });
    expect(chart.getNodeAttributes('e')).toMatchObject({ community: 1, color: second!.color });
    expect(first!.color).not.toBe(second!.color);
    expect(chart.getNodeAttributes('a').ringColor).toBe('#000000');
  });

  it('ignores hidden entities: hiding the bridge end leaves two separate groups', () => {
    const chart = twoTriangles();
    chart.setNodeAttribute('c', 'hidden', true);
    const members = detectCommunities(chart).communities.map((c) => c.members);
    expect(members).toEqual([['d', 'e', 'f'], ['a', 'b']]);
  });
});

describe('scores and sizes', () => {
  it('gives the star centre the highest degree, betweenness and PageRank', () => {
    const chart = star();
    expect(scoreNodes(chart, 'degree')).toEqual({ hub: 4, l1: 1, l2: 1, l3: 1, l4: 1 });
    // Every one of the 6 pairs of leaves has its only shortest path through the centre.
    expect(scoreNodes(chart, 'betweenness')).toEqual({ hub: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
    const rank = scoreNodes(chart, 'pagerank');
    expect(topScores(rank, 1)[0]![0]).toBe('hub');
    expect(rank.hub).toBeGreaterThan(3 * rank.l1!);
  });

  it('scores the same in the worker as on the page, from the graph the page sends it', async () => {
    const chart = star();
    const sent = JSON.parse(JSON.stringify(projectVisible(chart).export()));
    expect(answerScoreRequest({ metric: 'betweenness', graph: sent })).toEqual({ scores: scoreNodes(chart, 'betweenness') });
    const directed = JSON.parse(JSON.stringify(projectVisible(chart, { directed: true }).export()));
    expect(answerScoreRequest({ metric: 'pagerank', graph: directed })).toEqual({ scores: scoreNodes(chart, 'pagerank') });
    const broken = { ...directed, edges: [{ source: 'hub', target: 'missing' }] };
    expect(answerScoreRequest({ metric: 'pagerank', graph: broken })).toMatchObject({
      error: expect.stringContaining('missing'),
    });
    // Without workers (as here) the page computes every metric itself.
    expect(await scoreNodesOffMain(chart, 'betweenness')).toEqual({ hub: 6, l1: 0, l2: 0, l3: 0, l4: 0 });
  });

  it('keeps no scores for a chart that changed before they came back', async () => {
    const store = new ChartStore();
    store.change('add', (g) => mergeApiGraph(g, { attributes: { kind: 'test', truncated: false }, nodes: [node('a'), node('b')], edges: [link('a', 'b')] }));
    expect(await scoreChart(store, 'degree')).toEqual({ a: 1, b: 1 });
    const pending = scoreChart(store, 'degree');
    store.change('add c', (g) => mergeApiGraph(g, { attributes: { kind: 'test', truncated: false }, nodes: [node('c')], edges: [] }));
    expect(await pending).toBeNull();
  });

  describe('in a worker', () => {
    // A worker that answers only when told to, and records being stopped.
    class HeldWorker {
      static made: HeldWorker[] = [];
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: ((event: { message: string }) => void) | null = null;
      terminated = false;
      constructor() {
        HeldWorker.made.push(this);
      }
      postMessage(): void {}
      terminate(): void {
        this.terminated = true;
      }
    }
    afterEach(() => {
      vi.unstubAllGlobals();
      HeldWorker.made = [];
    });

    it('stops the worker when the scoring is aborted, and keeps nothing', async () => {
      vi.stubGlobal('Worker', HeldWorker);
      const store = new ChartStore();
      store.change('add', (g) => mergeApiGraph(g, { attributes: { kind: 'test', truncated: false }, nodes: [node('a'), node('b')], edges: [link('a', 'b')] }));
      const controller = new AbortController();
      const pending = scoreChart(store, 'pagerank', null, controller.signal);
      expect(HeldWorker.made).toHaveLength(1);
      controller.abort();
      expect(await pending).toBeNull();
      expect(HeldWorker.made[0]!.terminated).toBe(true);
    });

    it('gives the worker’s scores when the chart stayed as it was', async () => {
      vi.stubGlobal('Worker', HeldWorker);
      const store = new ChartStore();
      store.change('add', (g) => mergeApiGraph(g, { attributes: { kind: 'test', truncated: false }, nodes: [node('a'), node('b')], edges: [link('a', 'b')] }));
      const pending = scoreChart(store, 'betweenness', null, new AbortController().signal);
      HeldWorker.made[0]!.onmessage!({ data: { scores: { a: 0, b: 0 } } });
      expect(await pending).toEqual({ a: 0, b: 0 });
      expect(HeldWorker.made[0]!.terminated).toBe(true);
    });
  });

  it('counts several links between the same two entities once for degree', () => {
    const chart = chartOf(['x', 'y'], [link('x', 'y', 'OWNS'), link('x', 'y', 'DIRECTOR_OF'), link('y', 'x', 'FAMILY_OF')]);
    expect(scoreNodes(chart, 'degree')).toEqual({ x: 1, y: 1 });
  });

  it('sums the money on PAID links in and out of each entity, skipping hidden links', () => {
    const chart = chartOf(
      ['acc-a', 'acc-b', 'acc-c'],
      [link('acc-a', 'acc-b', 'PAID', { money: money(100) }), link('acc-b', 'acc-c', 'PAID', { money: money(50) }), link('acc-c', 'acc-a', 'OWNS')],
    );
    expect(moneyAmounts(chart)).toEqual({ 'acc-a': 100, 'acc-b': 150, 'acc-c': 50 });
    chart.setEdgeAttribute('acc-b-PAID-acc-c', 'hidden', true);
    expect(moneyAmounts(chart)).toEqual({ 'acc-a': 100, 'acc-b': 100, 'acc-c': 0 });
  });

  it('leaves out links outside the time filter', () => {
    const chart = chartOf(['acc-a', 'acc-b'], [link('acc-a', 'acc-b', 'PAID', { money: money(100, '2020-03-01', '2020-04-01') })]);
    const in2024: [number, number] = [Date.parse('2024-01-01'), Date.parse('2024-12-31')];
    expect(moneyAmounts(chart, in2024)).toEqual({ 'acc-a': 0, 'acc-b': 0 });
    expect(moneyAmounts(chart, [Date.parse('2020-03-15'), Date.parse('2020-12-31')])).toEqual({ 'acc-a': 100, 'acc-b': 100 });
  });

  it('scales scores linearly onto 6–30 and writes size and score', () => {
    expect(sizesOf({ a: 0, b: 5, c: 10 })).toEqual({ a: 6, b: 18, c: 30 });
    expect(sizesOf({ a: 3, b: 3 })).toEqual({ a: 18, b: 18 });
    const chart = star();
    assignScores(chart, scoreNodes(chart, 'degree'));
    expect(chart.getNodeAttributes('hub')).toMatchObject({ size: 30, score: 4 });
    expect(chart.getNodeAttributes('l2')).toMatchObject({ size: 6, score: 1 });
  });
});

describe('shortest path on the chart', () => {
  it('finds the path through visible links in either direction', () => {
    const chart = twoTriangles();
    expect(shortestPathOnChart(chart, 'a', 'e')).toEqual(['a', 'c', 'd', 'e']);
    expect(edgesAlong(chart, ['a', 'c', 'd'])).toEqual(['c-ASSOCIATE_OF-a', 'c-ASSOCIATE_OF-d']);
  });

  it('finds none when the only way runs through a hidden entity or to an unlinked one', () => {
    const chart = twoTriangles();
    chart.setNodeAttribute('d', 'hidden', true);
    expect(shortestPathOnChart(chart, 'a', 'e')).toBeNull();
    chart.addNode('lonely', { ...chart.getNodeAttributes('a'), label: 'lonely' });
    chart.setNodeAttribute('d', 'hidden', false);
    expect(shortestPathOnChart(chart, 'a', 'lonely')).toBeNull();
  });
});

describe('reset styles', () => {
  it('restores type colours and default sizes and drops community and score', () => {
    const chart = star();
    assignCommunities(chart, detectCommunities(chart));
    assignScores(chart, scoreNodes(chart, 'degree'));
    resetStyles(chart);
    expect(chart.getNodeAttributes('hub')).toMatchObject({ color: '#4e79a7', ringColor: '#4e79a7', size: 12 });
    expect(chart.getNodeAttributes('hub').community).toBeUndefined();
    expect(chart.getNodeAttributes('hub').score).toBeUndefined();
  });
});
