/**
 * The extent sigma fits the chart into. Sigma scales the graph's bounding box to the screen; a
 * chart of one entity (or entities on one line) has an empty box, which would throw the drawing
 * off-screen, so such a box is padded to a sensible size around its centre.
 */
import type { ChartGraph } from './chart-graph';

export interface Extent {
  x: [number, number];
  y: [number, number];
}

const PAD = 50;

/**
 * A padded extent when the chart's bounding box is flat (one entity, or all on one line); null
 * otherwise, letting sigma fit the chart's own box.
 */
export function flatChartExtent(graph: ChartGraph): Extent | null {
  if (graph.order === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const width = maxX - minX;
  const height = maxY - minY;
  if (width > 1e-6 && height > 1e-6) return null;
  const span = Math.max(width, height, PAD * 2);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const halfX = Math.max((maxX - minX) / 2, span / 10, PAD);
  const halfY = Math.max((maxY - minY) / 2, span / 10, PAD);
  return { x: [cx - halfX, cx + halfX], y: [cy - halfY, cy + halfY] };
}
