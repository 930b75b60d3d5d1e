/**
 * Removes overlaps: entities in scope pushed apart just enough that no two discs cover each
 * other. Sizes are in screen pixels while positions are in chart units, so the caller says how
 * many chart units one pixel of size is at the current zoom.
 */
import { MultiDirectedGraph } from 'graphology';
import noverlap from 'graphology-layout-noverlap';
import type { ChartGraph } from '../chart/chart-graph';
import type { Positions } from './layout-scope';

export function noverlapLayout(graph: ChartGraph, movable: readonly string[], unitsPerPixel = 1): Positions {
  const positions: Positions = new Map();
  if (movable.length < 2) return positions;
  const copy = new MultiDirectedGraph<{ x: number; y: number; size: number }>();
  for (const key of movable) {
    const a = graph.getNodeAttributes(key);
    copy.addNode(key, { x: a.x, y: a.y, size: a.size * unitsPerPixel });
  }
  const result = noverlap(copy, { maxIterations: 300, settings: { margin: 4 * unitsPerPixel, ratio: 1.1, expansion: 1.1 } });
  for (const key of movable) {
    const p = result[key];
    if (p) positions.set(key, { x: p.x, y: p.y });
  }
  return positions;
}
