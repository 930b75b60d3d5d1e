/**
 * Circular layout: the entities in scope on one circle around where they were, grouped by
 * entity type so people, companies and accounts each fill an arc.
 */
import { MultiDirectedGraph } from 'graphology';
import circular from 'graphology-layout/circular';
import type { ChartGraph } from '../chart/chart-graph';
import { centreOf, SPACING, type Positions } from './layout-scope';

export function circularLayout(graph: ChartGraph, movable: readonly string[]): Positions {
  const positions: Positions = new Map();
  if (movable.length === 0) return positions;
  const centre = centreOf(graph, movable);
  if (movable.length === 1) return positions.set(movable[0]!, centre);
  const ordered = [...movable].sort((a, b) => {
    const ta = graph.getNodeAttribute(a, 'entityType');
    const tb = graph.getNodeAttribute(b, 'entityType');
    return ta === tb ? graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')) : ta.localeCompare(tb);
  });
  // graphology-layout places a graph's nodes in insertion order: insert them in ours.
  const ring = new MultiDirectedGraph();
  for (const key of ordered) ring.addNode(key);
  const scale = Math.max(2 * SPACING, (movable.length * SPACING * 1.4) / (2 * Math.PI));
  const layout = circular(ring, { scale });
  for (const key of ordered) positions.set(key, { x: centre.x + (layout[key]?.x ?? 0), y: centre.y + (layout[key]?.y ?? 0) });
  return positions;
}
