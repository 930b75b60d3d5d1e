/**
 * Opens the records behind a figure of the statistics on the chart: the entities (seizures,
 * shipments, prosecutions) with their links to what the chart already shows, then the chart view.
 */
import { addGraph } from '../actions/add-graph';
import * as Q from '../graphql/operations';
import type { ApiGraph } from '../graphql/types';
import type { Workbench } from '../state/workbench';

/** Switches to the chart view and waits for the canvas to be laid out, so sigma draws at its size. */
export async function showChart(wb: Workbench): Promise<void> {
  if (wb.ui.get().view === 'chart') return;
  wb.ui.set({ view: 'chart' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Most records one bar opens. */
export const MAX_FIGURE_IDS = 300;
/** Largest chart whose links to the opened records are fetched too. */
const LINK_TO_CHART_LIMIT = 4000;

export async function openFigure(wb: Workbench, ids: string[], what: string, complete = true): Promise<void> {
  if (ids.length === 0) return wb.notify('info', `${what}: no records behind this figure.`);
  const picked = ids.slice(0, MAX_FIGURE_IDS);
  const onChart = wb.chart.graph.nodes();
  const all = [...new Set([...picked, ...(onChart.length <= LINK_TO_CHART_LIMIT ? onChart : [])])];
  const reply = await wb.run(what, () => wb.api.request<{ subgraph: ApiGraph }>(Q.SUBGRAPH, { ids: all }));
  if (!reply) return;
  await showChart(wb);
  addGraph(wb, reply.subgraph, what);
  wb.ui.set({ selection: picked.filter((k) => wb.chart.graph.hasNode(k)) });
  if (!complete || ids.length > picked.length)
    wb.notify('info', `${what}: only the first ${picked.length} records were opened; narrow the date range to see the others.`);
}
