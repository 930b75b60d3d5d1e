/**
 * Scores the chart without freezing the page: degree and money amounts are quick and computed
 * here; PageRank and betweenness run in a web worker (score-worker.ts). Where workers are not
 * available (tests, old browsers) everything is computed here.
 */
import type { ChartGraph } from '../chart/chart-graph';
import type { ChartStore } from '../state/chart-store';
import { HEAVY_METRICS, scoreNodes, type ScoreMetric } from './centrality';
import type { ScoreReply, ScoreRequest } from './score-request';
import { projectVisible } from './visible-graph';

/**
 * Each visible entity's score under `metric`, computed off the main thread when it is costly.
 * Aborting `signal` stops the worker and rejects with the signal's reason.
 */
export function scoreNodesOffMain(
  chart: ChartGraph,
  metric: ScoreMetric,
  timeRange: [number, number] | null = null,
  signal?: AbortSignal,
): Promise<Record<string, number>> {
  if (!HEAVY_METRICS.includes(metric) || typeof Worker === 'undefined') return Promise.resolve(scoreNodes(chart, metric, timeRange));
  if (signal?.aborted) return Promise.reject(signal.reason);
  const request: ScoreRequest = {
    metric: metric as ScoreRequest['metric'],
    graph: projectVisible(chart, { directed: metric === 'pagerank', timeRange }).export(),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./score-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(signal!.reason);
    };
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
    };
    signal?.addEventListener('abort', stop, { once: true });
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

/**
 * The scores of the chart as it is when they come back, or null when it changed meanwhile (they
 * would be painted on entities they were not computed for) or `signal` was aborted.
 */
export async function scoreChart(
  store: Pick<ChartStore, 'graph' | 'getVersion'>,
  metric: ScoreMetric,
  timeRange: [number, number] | null = null,
  signal?: AbortSignal,
): Promise<Record<string, number> | null> {
  const version = store.getVersion();
  try {
    const scores = await scoreNodesOffMain(store.graph, metric, timeRange, signal);
    return store.getVersion() === version && !signal?.aborted ? scores : null;
  } catch (e) {
    if (signal?.aborted) return null;
    throw e;
  }
}
