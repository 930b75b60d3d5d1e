import { describe, expect, it } from 'vitest';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import { createChartGraph } from '../src/chart/chart-graph';
import type { ApiGraph, MoneyFlow } from '../src/graphql/types';
import { firstWindow, moveRange, nextWindow, rangeBetween, resizeRange, timeScale } from '../src/timeline/brush';
import { binLabel, binUnitFor, histogram } from '../src/timeline/time-bins';
import { inTimeRange, timeExtent, timeItems } from '../src/timeline/time-items';

const T = (iso: string) => Date.parse(iso);
const money = (count: number, firstAt: string, lastAt: string): MoneyFlow => ({
  count,
  totalUsd: 1000 * count,
  firstAt,
  lastAt,
  transactionIds: [],
  complete: true,
  sourceIds: [],
});

function chart(): ReturnType<typeof createChartGraph> {
  const node = (key: string, type: string, properties: Record<string, unknown> = {}) => ({
    key,
    attributes: { label: key, type, types: [type], caseId: null, properties },
  });
  const api: ApiGraph = {
    attributes: { kind: 'test', truncated: false },
    nodes: [
      node('seizure', 'Seizure', { date: '2021-03-10' }),
      node('shipment', 'Shipment', { date: '2021-01-20' }),
      node('acc-a', 'BankAccount'),
      node('acc-b', 'BankAccount'),
      node('person', 'Person'),
    ],
    edges: [
      {
        key: 'paid',
        source: 'acc-a',
        target: 'acc-b',
        attributes: { type: 'PAID', label: 'PAID', caseId: null, properties: {}, provenance: null, money: money(4, '2021-01-01T00:00:00Z', '2021-04-30T00:00:00Z') },
      },
      { key: 'owns', source: 'person', target: 'acc-a', attributes: { type: 'HOLDS_ACCOUNT', label: '', caseId: null, properties: { since: '2021-02-15' }, provenance: null, money: null } },
    ],
  };
  const graph = createChartGraph();
  mergeApiGraph(graph, api);
  return graph;
}

describe('what the timeline counts', () => {
  it('takes the dated entities and links, a money link as a span of its transfers, and skips hidden ones', () => {
    const graph = chart();
    const items = timeItems(graph);
    expect(items).toHaveLength(4);
    expect(items).toContainEqual({ from: T('2021-01-01T00:00:00Z'), to: T('2021-04-30T00:00:00Z'), count: 4 });
    expect(timeExtent(items)).toEqual([T('2021-01-01T00:00:00Z'), T('2021-04-30T00:00:00Z')]);
    graph.setNodeAttribute('seizure', 'hidden', true);
    expect(timeItems(graph)).toHaveLength(3);
  });

  it('bins a short case by month and shares a money span out over the months it covers', () => {
    const items = timeItems(chart());
    const [from, to] = timeExtent(items)!;
    expect(binUnitFor(from, to)).toBe('month');
    const bins = histogram(items, from, to);
    expect(bins.map((b) => binLabel(b.start, 'month'))).toEqual(['Jan 2021', 'Feb 2021', 'Mar 2021', 'Apr 2021']);
    // 4 transfers over 119 days: 31, 28, 31 and 29 days of it fall in each month.
    const share = (days: number) => (4 * days) / 119;
    expect(bins[0]!.count).toBeCloseTo(1 + share(31)); // + the shipment
    expect(bins[1]!.count).toBeCloseTo(1 + share(28)); // + the account holding
    expect(bins[2]!.count).toBeCloseTo(1 + share(31)); // + the seizure
    expect(bins[3]!.count).toBeCloseTo(share(29));
    expect(bins.reduce((s, b) => s + b.count, 0)).toBeCloseTo(7);
  });

  it('bins a long case by year', () => {
    expect(binUnitFor(T('2010-01-01'), T('2024-06-01'))).toBe('year');
    const bins = histogram([{ from: T('2012-05-01'), to: T('2012-05-01'), count: 1 }, { from: T('2019-01-01'), to: T('2019-01-01'), count: 1 }], T('2010-01-01'), T('2024-06-01'));
    expect(bins).toHaveLength(15);
    expect(bins.filter((b) => b.count > 0).map((b) => binLabel(b.start, 'year'))).toEqual(['2012', '2019']);
  });

  it('keeps undated items and money links overlapping the filter, like the canvas does', () => {
    const graph = chart();
    const range: [number, number] = [T('2021-04-01'), T('2021-05-01')];
    expect(inTimeRange(graph.getNodeAttributes('acc-a'), range)).toBe(true);
    expect(inTimeRange(graph.getEdgeAttributes('paid'), range)).toBe(true);
    expect(inTimeRange(graph.getNodeAttributes('seizure'), range)).toBe(false);
    expect(inTimeRange(graph.getNodeAttributes('seizure'), null)).toBe(true);
  });
});

describe('the brush and playback', () => {
  const extent: [number, number] = [T('2020-01-01'), T('2022-01-01')];

  it('maps dates to pixels and back', () => {
    const scale = timeScale(extent, 210, 5);
    expect(scale.toX(extent[0])).toBe(5);
    expect(scale.toX(extent[1])).toBe(205);
    expect(scale.toT(105)).toBe((extent[0] + extent[1]) / 2);
  });

  it('orders, clamps, moves and resizes a range inside the case', () => {
    expect(rangeBetween(T('2021-06-01'), T('2019-01-01'), extent)).toEqual([extent[0], T('2021-06-01')]);
    const range: [number, number] = [T('2021-01-01'), T('2021-07-01')];
    const moved = moveRange(range, 365 * 864e5, extent);
    expect(moved[1]).toBe(extent[1]);
    expect(moved[1] - moved[0]).toBe(range[1] - range[0]);
    expect(resizeRange(range, 'from', T('2021-09-01'), extent)).toEqual([T('2021-07-01'), T('2021-09-01')]);
  });

  it('plays a window forward one month at a time and stops at the end', () => {
    const start = firstWindow(null, extent, 'month');
    expect(start[0]).toBe(extent[0]);
    expect(start[1] - start[0]).toBeCloseTo((extent[1] - extent[0]) / 8);
    const next = nextWindow(start, extent, 'month')!;
    expect(next[1] - next[0]).toBeCloseTo(start[1] - start[0]);
    expect((next[0] - start[0]) / 864e5).toBeCloseTo(30.44, 1);
    let window: [number, number] | null = start;
    let steps = 0;
    while (window && steps < 100) {
      window = nextWindow(window, extent, 'month');
      steps++;
    }
    expect(steps).toBe(23); // 21 months to reach the end, one last short step, then null
    expect(firstWindow([T('2021-01-01'), T('2021-02-01')], extent, 'month')).toEqual([T('2021-01-01'), T('2021-02-01')]);
  });
});
