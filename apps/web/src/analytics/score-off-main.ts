/**
 * Scores the chart without freezing the page: degree and money amounts are quick and computed
 * here; PageRank and betweenness run in a web worker (score-worker.ts). Where workers are not
 * available (tests, old browsers) everything is computed here.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { HEAVY_METRICS, scoreNodes, type ScoreMetric } from './centrality';
import type { ScoreReply, ScoreRequest } from './score-request';
import { projectVisible } from './visible-graph';

/** Each visible entity's score under `metric`, computed off the main thread when it is costly. */
export function scoreNodesOffMain(chart: ChartGraph, metric: ScoreMetric, timeRange: [number, number] | null = null): Promise<Record<string, number>> {
  if (!HEAVY_METRICS.includes(metric) || typeof Worker === 'undefined') return Promise.resolve(scoreNodes(chart, metric, timeRange));
  const request: ScoreRequest = {
    metric: metric as ScoreRequest['metric'],
    graph: projectVisible(chart, { directed: metric === 'pagerank', timeRange }).export(),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./score-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ScoreReply>) => {
      finish();
      if ('error' in event.data) reject(new Error(`scoring failed: ${event.data.error}`));
      else resolve(event.data.scores);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`scoring failed: ${event.message || 'the worker stopped'}`));
    };
    worker.postMessage(request);
  });
}
