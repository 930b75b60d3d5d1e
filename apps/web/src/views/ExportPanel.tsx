/**
 * Exports of the chart: pictures for reports and court bundles (PNG at print resolution, SVG as
 * vector), files for other tools (GraphML, GEXF for Gephi, CSV of entities and links) and the
 * chart itself as JSON. Hidden entities are left out of pictures but kept, flagged, in data files.
 */
import { useState } from 'react';
import { activeRenderer } from '../chart/active-renderer';
import { reduceEdge, reduceNode, type ReducerState } from '../chart/chart-reducers';
import { chartExtras } from '../cases/chart-extras';
import { currentDocument } from '../cases/chart-io';
import { toChartJson } from '../export/chart-json';
import { linksCsv, nodesCsv } from '../export/csv';
import { downloadBlob, downloadText, exportFileName } from '../export/download';
import { toGEXF } from '../export/gexf';
import { toGraphML } from '../export/graphml';
import { chartPng, printScale } from '../export/png';
import { toSVG } from '../export/svg';
import { useChartVersion } from '../state/chart-store';
import { useWorkbench } from '../state/workbench';
import '../styles/cases-export.css';

const SCALES = [2, 3, 4, 6];

export function ExportPanel() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const graph = wb.chart.graph;
  const [scale, setScale] = useState(3);
  const [fit, setFit] = useState(false);
  const [allLabels, setAllLabels] = useState(false);
  const [svgWidth, setSvgWidth] = useState(3000);
  const empty = graph.order === 0;
  const renderer = activeRenderer();
  const dims = renderer?.getDimensions();
  const effective = dims ? printScale(dims.width, dims.height, scale) : scale;

  const png = async () => {
    const source = activeRenderer();
    if (!source) return wb.notify('error', 'The chart is not on screen: switch to the Chart view, then export the picture.');
    const state: ReducerState = { selection: new Set(), hovered: null, hoveredNeighbours: new Set(), timeRange: wb.ui.get().timeRange };
    const result = await wb.run('Draw the chart as PNG', () =>
      chartPng(source, graph, {
        scale,
        fit,
        allLabels,
        nodeReducer: (key, a) => reduceNode(key, a, state),
        edgeReducer: (key, a) => reduceEdge(graph, key, a, state),
        notes: chartExtras(wb).get().annotations.filter((a) => a.kind === 'text'),
      }),
    );
    if (!result) return;
    downloadBlob(exportFileName('png'), result.blob);
    wb.notify('info', `PNG saved: ${result.width} × ${result.height} pixels.`);
  };

  const text = (what: string, name: string, type: string, make: () => string) => {
    try {
      downloadText(name, make(), type);
    } catch (e) {
      wb.notify('error', `${what} failed: ${e instanceof Error ? e.message : String(e)}. Try again, or export CSV instead.`);
    }
  };

  return (
    <div className="export-panel" data-testid="export-panel">
      <h2>Export</h2>
      {empty && <p className="muted">The chart is empty: put entities on it first.</p>}
      <p className="small muted">
        {graph.order} entities and {graph.size} links. Pictures leave hidden entities out; data files keep them, marked hidden.
      </p>

      <h3>Picture</h3>
      <div className="export-options">
        <label>
          Resolution
          <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="export-scale">
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {s}× {dims ? `(${Math.round(dims.width * printScale(dims.width, dims.height, s))} px wide)` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={fit} onChange={(e) => setFit(e.target.checked)} /> Whole chart (not just the view)
        </label>
        <label className="check">
          <input type="checkbox" checked={allLabels} onChange={(e) => setAllLabels(e.target.checked)} /> Every label
        </label>
      </div>
      {effective < scale && <p className="small muted">Reduced to {effective.toFixed(1)}× to stay within 8192 pixels.</p>}
      <div className="export-buttons">
        <button className="primary" disabled={empty} onClick={() => void png()} data-testid="export-png">
          PNG
        </button>
        <label className="inline">
          SVG width
          <input type="number" min={500} max={20000} step={500} value={svgWidth} onChange={(e) => setSvgWidth(Number(e.target.value) || 3000)} />
        </label>
        <button
          disabled={empty}
          data-testid="export-svg"
          onClick={() => text('SVG export', exportFileName('svg'), 'image/svg+xml', () => toSVG(graph, { width: Math.min(20000, Math.max(500, svgWidth)), title: wb.ui.get().openChart?.name, notes: chartExtras(wb).get().annotations.filter((a) => a.kind === 'text') }))}
        >
          SVG
        </button>
      </div>

      <h3>Data</h3>
      <div className="export-buttons">
        <button disabled={empty} data-testid="export-graphml" onClick={() => text('GraphML export', exportFileName('graphml'), 'application/xml', () => toGraphML(graph))}>
          GraphML
        </button>
        <button disabled={empty} data-testid="export-gexf" title="Opens in Gephi" onClick={() => text('GEXF export', exportFileName('gexf'), 'application/xml', () => toGEXF(graph))}>
          GEXF (Gephi)
        </button>
        <button
          disabled={empty}
          data-testid="export-csv"
          title="Two files: entities and links"
          onClick={() => {
            text('CSV export', exportFileName('csv', 'entities'), 'text/csv', () => nodesCsv(graph));
            // A moment apart: browsers may drop a second download started in the same instant.
            setTimeout(() => text('CSV export', exportFileName('csv', 'links'), 'text/csv', () => linksCsv(graph)), 400);
          }}
        >
          CSV
        </button>
        <button disabled={empty} data-testid="export-json" onClick={() => text('JSON export', exportFileName('json'), 'application/json', () => toChartJson(graph, currentDocument(wb)))}>
          Chart JSON
        </button>
      </div>
      {renderer === null && <p className="small muted">Open the Chart view to export pictures of what it shows.</p>}
    </div>
  );
}
