/**
 * Communities of the visible chart by the Louvain method: groups of entities more densely
 * linked to each other than to the rest. Runs with a fixed random seed, so the same chart
 * always gives the same groups, numbered from the largest.
 */
import louvain from 'graphology-communities-louvain';
import type { ChartGraph } from '../chart/chart-graph';
import { seededRandom } from './seeded-random';
import { projectVisible } from './visible-graph';

/** Distinct colours for communities, then repeated. */
export const COMMUNITY_COLORS = [
  '#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#17becf', '#bcbd22', '#393b79', '#ad494a', '#637939',
];

/** One community: its number (0 = largest), colour and members. */
export interface Community {
  id: number;
  color: string;
  members: string[];
}

/** The communities found and the modularity of the split (higher = clearer groups). */
export interface CommunityResult {
  communities: Community[];
  modularity: number;
}

/** The Louvain communities of what is visible on the chart, largest first. */
export function detectCommunities(chart: ChartGraph, timeRange: [number, number] | null = null): CommunityResult {
  const graph = projectVisible(chart, { timeRange });
  if (graph.order === 0) return { communities: [], modularity: 0 };
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  const byId = new Map<number, string[]>();
  for (const [node, c] of Object.entries(detailed.communities)) {
    const members = byId.get(c) ?? [];
    members.push(node);
    byId.set(c, members);
  }
  const groups = [...byId.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
  return {
    communities: groups.map((members, id) => ({ id, color: COMMUNITY_COLORS[id % COMMUNITY_COLORS.length]!, members })),
    modularity: graph.size === 0 ? 0 : detailed.modularity,
  };
}

/** Writes `community` and the community colour on each member (the risk ring stays as it was). */
export function assignCommunities(chart: ChartGraph, result: CommunityResult): void {
  for (const community of result.communities) {
    for (const key of community.members) {
      if (!chart.hasNode(key)) continue;
      const a = chart.getNodeAttributes(key);
      chart.mergeNodeAttributes(key, {
        community: community.id,
        color: community.color,
        ringColor: a.ring ? a.ringColor : community.color,
      });
    }
  }
}
