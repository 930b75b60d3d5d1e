/**
 * Scores of the visible entities for sizing the chart: degree (how many entities each is linked
 * to), PageRank (importance along the direction of the links), betweenness (how many shortest
 * paths run through it) and money amount (US dollars paid in and out on the chart's PAID links).
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ChartGraph } from '../chart/chart-graph';
import { projectVisible, visibleEdges, visibleNodes, type AnalysisGraph } from './visible-graph';

export type ScoreMetric = 'degree' | 'pagerank' | 'betweenness' | 'amount';

/** Names for the user. */
export const METRIC_LABELS: Record<ScoreMetric, string> = {
  degree: 'Degree (linked entities)',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
  amount: 'Money amount (USD)',
};

/** The smallest and largest node size when sizing by a score. */
export const SIZE_RANGE: readonly [number, number] = [6, 30];

/** Metrics whose cost grows faster than the chart (betweenness is O(nodes × links)). */
export const HEAVY_METRICS: readonly ScoreMetric[] = ['pagerank', 'betweenness'];

/** Each visible entity's score under `metric`. */
export function scoreNodes(chart: ChartGraph, metric: ScoreMetric, timeRange: [number, number] | null = null): Record<string, number> {
  if (metric === 'amount') return moneyAmounts(chart, timeRange);
  const graph = projectVisible(chart, { directed: metric === 'pagerank', timeRange });
  if (metric === 'degree') {
    const scores: Record<string, number> = {};
    graph.forEachNode((key) => (scores[key] = graph.degree(key)));
    return scores;
  }
  return scoreProjected(graph, metric);
}

/** PageRank or betweenness of an already projected graph (also what the scoring worker runs). */
export function scoreProjected(graph: AnalysisGraph, metric: 'pagerank' | 'betweenness'): Record<string, number> {
  if (graph.order === 0) return {};
  if (metric === 'pagerank') return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
  return betweennessCentrality(graph, { getEdgeWeight: null, normalized: false });
}

/** US dollars on the visible PAID links of each visible entity, in and out. */
export function moneyAmounts(chart: ChartGraph, timeRange: [number, number] | null = null): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const key of visibleNodes(chart, timeRange)) scores[key] = 0;
  for (const key of visibleEdges(chart, timeRange)) {
    const a = chart.getEdgeAttributes(key);
    if (a.linkType !== 'PAID' || !a.money) continue;
    const [source, target] = chart.extremities(key);
    scores[source]! += a.money.totalUsd;
    if (target !== source) scores[target]! += a.money.totalUsd;
  }
  return scores;
}

/** Sizes from scores, scaled linearly onto [min, max]; all the same score gives the middle size. */
export function sizesOf(scores: Record<string, number>, [min, max]: readonly [number, number] = SIZE_RANGE): Record<string, number> {
  const values = Object.values(scores);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const sizes: Record<string, number> = {};
  for (const [key, score] of Object.entries(scores)) sizes[key] = high > low ? min + ((score - low) / (high - low)) * (max - min) : (min + max) / 2;
  return sizes;
}

/** Writes `score` and the scaled `size` on each scored entity. */
export function assignScores(chart: ChartGraph, scores: Record<string, number>): void {
  const sizes = sizesOf(scores);
  for (const [key, score] of Object.entries(scores)) if (chart.hasNode(key)) chart.mergeNodeAttributes(key, { score, size: sizes[key]! });
}

/** The `count` best-scored entities, highest first. */
export function topScores(scores: Record<string, number>, count: number): [string, number][] {
  return Object.entries(scores)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count);
}
