/**
 * Running a layout on the chart: works out the scope (selection or all visible, pinned left
 * alone), applies the positions as one undoable step and refits the camera to the result.
 */
import { activeRenderer } from '../chart/active-renderer';
import type { Workbench } from '../state/workbench';
import { assignPositions, layoutScope } from './layout-scope';
import type { LayoutDescriptor } from './layouts';

/** Chart units per pixel of node size at the current zoom (1 without a renderer). */
export function unitsPerPixel(): number {
  const renderer = activeRenderer();
  if (!renderer) return 1;
  const a = renderer.viewportToGraph({ x: 0, y: 0 });
  const b = renderer.viewportToGraph({ x: 100, y: 0 });
  const perPixel = Math.hypot(b.x - a.x, b.y - a.y) / 100;
  return Number.isFinite(perPixel) && perPixel > 0 ? perPixel * renderer.scaleSize(1) : 1;
}

/** Refits the camera to the whole chart, animated. */
export function refitCamera(): void {
  const renderer = activeRenderer();
  if (!renderer) return;
  // A drag fixes the frame so the chart does not jump under the pointer; a layout reframes it.
  renderer.setCustomBBox(null);
  renderer.refresh();
  void renderer.getCamera().animatedReset();
}

export function applyLayout(wb: Workbench, layout: LayoutDescriptor): void {
  const ui = wb.ui.get();
  const scope = layoutScope(wb.chart.graph, ui.selection, ui.timeRange);
  if (scope.movable.length === 0) {
    wb.notify('info', scope.pinned.length ? 'Every entity in scope is pinned: unpin some to lay them out.' : 'Nothing to lay out: the chart shows no entities.');
    return;
  }
  const positions = layout.run(wb.chart.graph, scope.movable, { anchors: ui.selection, unitsPerPixel: unitsPerPixel() });
  wb.chart.change(`${layout.label} layout`, (graph) => assignPositions(graph, positions));
  refitCamera();
}
