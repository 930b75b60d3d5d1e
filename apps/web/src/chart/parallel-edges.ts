/**
 * Several links between the same two entities are drawn apart: each gets its own curvature,
 * and a single link stays a straight arrow.
 */
import type { ChartGraph } from './chart-graph';

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Sets `type` and `curvature` of every edge from the number of links between its two ends. */
export function assignParallelCurvature(chart: ChartGraph): void {
  const byPair = new Map<string, string[]>();
  chart.forEachEdge((edge, _attributes, source, target) => {
    const key = pairKey(source, target);
    const list = byPair.get(key);
    if (list) list.push(edge);
    else byPair.set(key, [edge]);
  });
  for (const edges of byPair.values()) {
    if (edges.length === 1) {
      chart.mergeEdgeAttributes(edges[0]!, { type: 'arrow', curvature: 0 });
      continue;
    }
    edges.forEach((edge, i) => {
      // Alternate sides, growing outwards: 0.25, -0.25, 0.5, -0.5…; reversed links flip their sign.
      const step = Math.floor(i / 2) + 1;
      const side = i % 2 === 0 ? 1 : -1;
      const reversed = chart.source(edge) > chart.target(edge) ? -1 : 1;
      chart.mergeEdgeAttributes(edge, { type: 'curved', curvature: 0.25 * step * side * reversed });
    });
  }
}
