/**
 * The benchmark graph as the workbench holds it: merged into a chart exactly as an API answer
 * is (entity styles, rings, pictograms, money widths, curved parallel links), then moved to the
 * pre-computed layout so no layout runs while frames are measured.
 */
import { createChartGraph, type ChartGraph } from '../chart/chart-graph';
import { mergeApiGraph } from '../chart/merge-api-graph';
import { benchGraph, type BenchGraphSpec } from './bench-graph';

/** The chart of `spec`, laid out. */
export function benchChart(spec: BenchGraphSpec): ChartGraph {
  const { api, positions } = benchGraph(spec);
  const chart = createChartGraph();
  mergeApiGraph(chart, api);
  chart.updateEachNodeAttributes((key, attributes) => ({ ...attributes, ...positions.get(key)! }));
  return chart;
}
