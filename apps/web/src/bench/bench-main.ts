/**
 * The workbench benchmark page (bench.html): the chart renderer the app uses, with the app's
 * drawing programs, settings and reducers, over a generated chart of the size in the address.
 * `?variant=` leaves one feature out to explain the figures (see bench-variants.ts).
 */
import { reduceEdge, reduceNode, type ReducerState } from '../chart/chart-reducers';
import { createChartRenderer } from '../chart/create-renderer';
import { benchChart } from './bench-chart';
import { specOf } from './bench-graph';
import { startBench } from './bench-harness';
import { variantSettings } from './bench-variants';

const spec = specOf(location.search);
const container = document.getElementById('stage')!;
// The canvas's state before the user touches anything, as GraphCanvas starts it.
const state: ReducerState = { selection: new Set(), hovered: null, hoveredNeighbours: new Set(), timeRange: null };

void startBench(
  spec,
  () => benchChart(spec),
  (graph) => {
    const variant = variantSettings(new URLSearchParams(location.search).get('variant'));
    const reducers = variant.reducers
      ? {
          nodeReducer: (key: string, attributes: Parameters<typeof reduceNode>[1]) => reduceNode(key, attributes, state) as typeof attributes,
          edgeReducer: (key: string, attributes: Parameters<typeof reduceEdge>[2]) => reduceEdge(graph, key, attributes, state) as typeof attributes,
        }
      : {};
    return createChartRenderer(graph, container, { ...reducers, ...variant.settings });
  },
);
