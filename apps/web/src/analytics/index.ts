/**
 * Analytics on the chart as the user sees it: communities, centrality scores, shortest paths,
 * and resetting the styles they paint. Pure functions of a chart graph, so they are unit-tested.
 */
export { assignCommunities, COMMUNITY_COLORS, detectCommunities, type Community, type CommunityResult } from './communities';
export { assignScores, METRIC_LABELS, moneyAmounts, scoreNodes, SIZE_RANGE, sizesOf, topScores, type ScoreMetric } from './centrality';
export { scoreChart, scoreNodesOffMain } from './score-off-main';
export { edgesAlong, shortestPathOnChart } from './chart-path';
export { resetStyles } from './reset-styles';
export { projectVisible, visibleEdges, visibleNodes, type AnalysisGraph } from './visible-graph';
export { seededRandom } from './seeded-random';
