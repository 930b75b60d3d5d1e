/**
 * The workbench benchmark page (bench.html): the chart renderer the app uses, with the app's
 * drawing programs, settings and reducers, over a generated chart of the size in the address.
 * As in the app, camera moves move the last picture while drawings are slow (motion-frames.ts);
 * `?motion=redraw` draws every frame instead, to compare the drawing itself with bare sigma;
 * `?slowDrawingMs=` changes how slow a drawing must be for moves to move the picture.
 * `?variant=` leaves one feature out to explain the figures (see bench-variants.ts).
 */
import { reduceEdge, reduceNode, type ReducerState } from '../chart/chart-reducers';
import { createChartRenderer, type ChartRenderer } from '../chart/create-renderer';
import { iconAtlas } from '../chart/programs/icon-atlas';
import { SLOW_DRAWING_MS, moveLastPictureWhileSlow, onMovedPicture, type MotionFrames } from '../chart/motion-frames';
import { benchChart } from './bench-chart';
import { specOf } from './bench-graph';
import { startBench, type Drawn } from './bench-harness';
import { variantSettings } from './bench-variants';

declare global {
  interface Window {
    /** The canvas's timing of its drawings, for looking into a run from the browser's console. */
    benchMotion?: MotionFrames;
  }
}

const spec = specOf(location.search);
const container = document.getElementById('stage')!;
// The canvas's state before the user touches anything, as GraphCanvas starts it.
const state: ReducerState = { selection: new Set(), hovered: null, hoveredNeighbours: new Set(), timeRange: null };
const params = new URLSearchParams(location.search);
const movesPicture = params.get('motion') !== 'redraw';
const slowDrawingMs = Number(params.get('slowDrawingMs') ?? SLOW_DRAWING_MS);

// In the app the pictograms decode while it starts, long before a chart arrives; here the chart
// is generated at once, so the measure starts once they have, as it would in the app.
await iconAtlas().ready();
void startBench(
  spec,
  () => benchChart(spec),
  (graph) => {
    const variant = variantSettings(params.get('variant'));
    const reducers = variant.reducers
      ? {
          nodeReducer: (key: string, attributes: Parameters<typeof reduceNode>[1]) => reduceNode(key, attributes, state) as typeof attributes,
          edgeReducer: (key: string, attributes: Parameters<typeof reduceEdge>[2]) => reduceEdge(graph, key, attributes, state) as typeof attributes,
        }
      : {};
    const renderer = createChartRenderer(graph, container, { ...reducers, ...variant.settings });
    if (movesPicture) window.benchMotion = moveLastPictureWhileSlow(renderer, slowDrawingMs);
    return renderer;
  },
  movesPicture ? (renderer: Drawn, listener: () => void) => onMovedPicture(renderer as ChartRenderer, listener) : undefined,
);
