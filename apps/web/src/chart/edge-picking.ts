/**
 * Link events without a picking pass. Sigma finds the link under the pointer by drawing every
 * link a second time, in id colours, into an offscreen buffer on every frame — on a big chart
 * as costly as the picture itself. Here the renderer is built without that buffer and asked to
 * look links up on the CPU instead (a grid of link shapes, rebuilt after sigma reprocesses the
 * chart), so clickEdge, rightClickEdge and enter/leaveEdge keep working at no cost per frame.
 *
 * Sigma 3.0.3 (pinned) keeps both hooks private: its `getEdgeAtPoint` and its settings object.
 */
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { LinkHitIndex, type LinkShape } from './edge-hit-index';
import { DEFAULT_CURVATURE } from './programs/curvature';

/** How near a link the pointer counts as on it, in screen pixels, beyond half its width. */
const SLACK_PX = 3;

interface SigmaInternals {
  settings: Settings;
  getEdgeAtPoint(x: number, y: number): string | null;
}

/** The shapes of the links sigma draws, in its framed graph coordinates, and their keys. */
function linkShapes(renderer: Sigma): { keys: string[]; shapes: LinkShape[]; maxSize: number } {
  const graph = renderer.getGraph();
  const keys: string[] = [];
  const shapes: LinkShape[] = [];
  let maxSize = 1;
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = renderer.getEdgeDisplayData(edge) as (ReturnType<Sigma['getEdgeDisplayData']> & { curvature?: number }) | undefined;
    const s = renderer.getNodeDisplayData(source);
    const t = renderer.getNodeDisplayData(target);
    if (!data || !s || !t) return;
    keys.push(edge);
    maxSize = Math.max(maxSize, data.size || 1);
    shapes.push({ sx: s.x, sy: s.y, tx: t.x, ty: t.y, curvature: data.type === 'curved' ? (data.curvature ?? DEFAULT_CURVATURE) : 0 });
  });
  return { keys, shapes, maxSize };
}

/** Turns on link events for `renderer`, answered on the CPU (the renderer must have been built without them). */
export function pickEdgesOnCpu(renderer: Sigma): void {
  const internals = renderer as unknown as SigmaInternals;
  if (typeof internals.getEdgeAtPoint !== 'function' || typeof internals.settings !== 'object')
    throw new Error('pickEdgesOnCpu: this sigma version does not expose the hooks it needs');

  let index: { keys: string[]; maxSize: number; grid: LinkHitIndex } | null = null;
  const invalidate = () => (index = null);
  // Sigma's kill() removes every listener, this one included.
  renderer.on('afterProcess', invalidate);

  internals.getEdgeAtPoint = (x: number, y: number) => {
    if (!index) {
      const { keys, shapes, maxSize } = linkShapes(renderer);
      index = { keys, maxSize, grid: new LinkHitIndex(shapes) };
    }
    const { keys, maxSize, grid } = index;
    const graph = renderer.getGraph();
    const at = renderer.viewportToFramedGraph({ x, y });
    const next = renderer.viewportToFramedGraph({ x: x + 1, y });
    const perPixel = Math.hypot(next.x - at.x, next.y - at.y);
    const pixels = renderer.scaleSize(1);
    const radius = ((maxSize * pixels) / 2 + SLACK_PX) * perPixel;
    // Sizes can change without sigma reprocessing, so a link may now be wider than `maxSize`;
    // beyond the radius searched it would be found only where the grid happens to hold it.
    const reachOf = (i: number) => {
      const size = renderer.getEdgeDisplayData(keys[i]!)?.size ?? 1;
      return Math.min(radius, ((size * pixels) / 2 + SLACK_PX) * perPixel);
    };
    const hidden = (i: number) => {
      const key = keys[i]!;
      if (!graph.hasEdge(key) || renderer.getEdgeDisplayData(key)?.hidden) return true;
      return !!renderer.getNodeDisplayData(graph.source(key))?.hidden || !!renderer.getNodeDisplayData(graph.target(key))?.hidden;
    };
    const found = grid.nearest(at.x, at.y, radius, reachOf, hidden);
    return found < 0 ? null : keys[found]!;
  };
  internals.settings.enableEdgeEvents = true;
}
