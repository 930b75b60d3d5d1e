/**
 * Saving the chart to a case and opening a saved chart again. Opening fetches the saved entities
 * afresh (the viewer's rights may have changed), then applies the saved look, so the chart comes
 * back as it was saved — and says which entities could not be shown.
 */
import { activeRenderer } from '../chart/active-renderer';
import { mergeApiGraph } from '../chart/merge-api-graph';
import { ApiRequestError } from '../graphql/client';
import * as Q from '../graphql/operations';
import type { ApiGraph } from '../graphql/types';
import type { Workbench } from '../state/workbench';
import { showChart } from '../statistics/open-figure';
import { applyDocument, chartToDocument, documentKeys, extrasOf, type ChartDocument, type Viewport } from './chart-document';
import { chartExtras } from './chart-extras';
import type { SavedChart } from './case-types';

/** A save refused because someone saved a newer version meanwhile. */
export const isVersionConflict = (e: unknown): boolean =>
  e instanceof ApiRequestError && /expectedVersion|meanwhile|VERSION_CONFLICT/i.test(`${e.code} ${e.message}`);

function viewportNow(): Viewport | null {
  const renderer = activeRenderer();
  if (!renderer) return null;
  const { x, y, ratio, angle } = renderer.getCamera().getState();
  return { x, y, ratio, angle };
}

/** The document of the chart on screen. */
export function currentDocument(wb: Workbench): ChartDocument {
  return chartToDocument(wb.chart.graph, chartExtras(wb).get(), viewportNow());
}

export type SaveOutcome = { ok: true; chart: SavedChart } | { ok: false; conflict: boolean };

/**
 * Saves the chart: as a new chart (`asNew`) or as the next version of the open one. A version
 * conflict is returned (not shown as an error) so the caller can offer to save a copy.
 */
export async function saveChart(wb: Workbench, caseId: string, name: string, asNew: boolean): Promise<SaveOutcome> {
  const open = wb.ui.get().openChart;
  const update = !asNew && open && open.caseId === caseId ? open : null;
  const input = {
    ...(update ? { id: update.id, expectedVersion: update.version } : {}),
    name,
    document: currentDocument(wb),
  };
  let conflict = false;
  const reply = await wb.run(`Save chart “${name}”`, async () => {
    try {
      return await wb.api.request<{ saveChart: SavedChart }>(Q.SAVE_CHART, { caseId, input });
    } catch (e) {
      if (isVersionConflict(e)) {
        conflict = true;
        return undefined;
      }
      throw e;
    }
  });
  if (!reply) return { ok: false, conflict };
  const chart = reply.saveChart;
  wb.ui.set({ openChart: { id: chart.id, caseId: chart.caseId, name: chart.name, version: chart.version } });
  wb.notify('info', `Chart “${chart.name}” saved (version ${chart.version}).`);
  return { ok: true, chart };
}

/** Opens a saved chart in place of the current one (one undoable step). */
export async function openChart(wb: Workbench, chartId: string): Promise<boolean> {
  const loaded = await wb.run('Open chart', async () => {
    const { chart } = await wb.api.request<{ chart: SavedChart }>(Q.CHART, { id: chartId });
    const doc = chart.document as ChartDocument;
    if (!doc || !Array.isArray(doc.nodes)) throw new Error('the saved chart has no entities list; it may be from another tool');
    const keys = documentKeys(doc);
    const graph: ApiGraph = keys.length
      ? (await wb.api.request<{ subgraph: ApiGraph }>(Q.SUBGRAPH, { ids: keys })).subgraph
      : { attributes: { kind: 'subgraph', truncated: false }, nodes: [], edges: [] };
    return { chart, doc, graph };
  });
  if (!loaded) return false;
  const { chart, doc, graph } = loaded;
  await showChart(wb);
  let result = { missingNodes: [] as string[], droppedEdges: [] as string[] };
  const extras = chartExtras(wb);
  // One step with the chart's notes, so undo brings back the chart and the notes that were open.
  wb.chart.change(`Open chart “${chart.name}”`, (g) => {
    g.clear();
    mergeApiGraph(g, graph);
    result = applyDocument(g, doc);
    extras.set(extrasOf(doc));
  });
  wb.ui.set({
    openChart: { id: chart.id, caseId: chart.caseId, name: chart.name, version: chart.version },
    selection: [],
    focus: null,
  });
  const renderer = activeRenderer();
  if (renderer && doc.viewport) {
    // The camera is applied after sigma has re-framed the reopened graph.
    const { x, y, ratio, angle = 0 } = doc.viewport;
    requestAnimationFrame(() => renderer.getCamera().setState({ x, y, ratio, angle }));
  }
  const missing = result.missingNodes.length;
  wb.notify(
    missing ? 'error' : 'info',
    missing
      ? `Chart “${chart.name}” opened, but ${missing} of its ${doc.nodes.length} entities are no longer visible to you (restricted or removed); they are left out.`
      : `Chart “${chart.name}” opened (version ${chart.version}, ${doc.nodes.length} entities).`,
  );
  return true;
}
