/**
 * What the scoring worker is asked and answers (score-worker.ts runs it; score-off-main.ts asks):
 * PageRank or betweenness of the visible chart, projected and serialised on the page.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { scoreProjected } from './centrality';
import type { AnalysisGraph } from './visible-graph';

export interface ScoreRequest {
  metric: 'pagerank' | 'betweenness';
  graph: SerializedGraph;
}

/** The scores, or why there are none. */
export type ScoreReply = { scores: Record<string, number> } | { error: string };

/** Scores the graph of a request. */
export function answerScoreRequest(request: ScoreRequest): ScoreReply {
  try {
    return { scores: scoreProjected(Graph.from(request.graph) as AnalysisGraph, request.metric) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
