/**
 * Analytics on what the chart shows: colour by Louvain community, size by a centrality score or
 * by money, the shortest path between two selected entities, and back to the type styles. Each
 * is one undoable change; hidden entities and those outside the time filter are left out.
 */
import { useEffect, useRef, useState } from 'react';
import { nameOf } from '../actions/add-graph';
import {
  assignCommunities,
  assignScores,
  detectCommunities,
  METRIC_LABELS,
  resetStyles,
  scoreChart,
  shortestPathOnChart,
  topScores,
  type CommunityResult,
  type ScoreMetric,
  visibleNodes,
} from '../analytics';
import { formatUsd } from '../chart/merge-api-graph';
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import '../styles/analyse.css';

const METRICS = Object.keys(METRIC_LABELS) as ScoreMetric[];

// Let the progress indicator paint before a computation holds the page.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function AnalyticsPanel() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const selection = useStore(wb.ui, (s) => s.selection);
  const timeRange = useStore(wb.ui, (s) => s.timeRange);
  const sizeBy = useStore(wb.ui, (s) => s.sizeBy);
  const [communities, setCommunities] = useState<CommunityResult | null>(null);
  const [metric, setMetric] = useState<ScoreMetric>(sizeBy === 'fixed' ? 'degree' : sizeBy);
  const [top, setTop] = useState<{ metric: ScoreMetric; entries: [string, number][] } | null>(null);
  const [pathNote, setPathNote] = useState<string | null>(null);

  const chart = wb.chart.graph;
  const visible = visibleNodes(chart, timeRange).length;
  const selected = selection.filter((k) => chart.hasNode(k));

  const colourByCommunity = () =>
    void wb.run('Find communities', async () => {
      await nextFrame();
      const result = detectCommunities(chart, timeRange);
      wb.chart.change('Colour by community', (g) => assignCommunities(g, result));
      setCommunities(result);
      wb.notify('info', `${result.communities.length} communities among ${visible} entities.`);
    });

  // The scoring in progress: a new one or closing the panel stops it and its worker.
  const scoring = useRef<AbortController | null>(null);
  useEffect(() => () => scoring.current?.abort(), []);

  const sizeByMetric = () => {
    scoring.current?.abort();
    const controller = (scoring.current = new AbortController());
    void wb.run(`Size by ${METRIC_LABELS[metric]}`, async () => {
      await nextFrame();
      const scores = await scoreChart(wb.chart, metric, timeRange, controller.signal);
      if (controller.signal.aborted) return;
      if (!scores) return wb.notify('info', `The chart changed while scoring; size by ${METRIC_LABELS[metric]} again.`);
      wb.chart.change(`Size by ${METRIC_LABELS[metric]}`, (g) => assignScores(g, scores));
      wb.ui.set({ sizeBy: metric });
      setTop({ metric, entries: topScores(scores, 5) });
    });
  };

  const findPath = () => {
    const [from, to] = selected;
    if (!from || !to) return;
    const path = shortestPathOnChart(chart, from, to, timeRange);
    if (!path) {
      setPathNote(`No path on the chart links ${nameOf(wb, from)} and ${nameOf(wb, to)}. Expand them, or use Find paths from the context menu to search the whole database.`);
      return;
    }
    wb.ui.set({ selection: path });
    setPathNote(`${path.length - 1} links: ${path.map((k) => nameOf(wb, k)).join(' → ')}`);
  };

  const reset = () => {
    wb.chart.change('Reset styles', resetStyles);
    wb.ui.set({ sizeBy: 'fixed' });
    setCommunities(null);
    setTop(null);
  };

  const scoreText = (m: ScoreMetric, v: number) => (m === 'amount' ? formatUsd(v) : m === 'pagerank' ? v.toFixed(4) : String(Math.round(v * 100) / 100));

  return (
    <section className="analyse analytics-panel" data-testid="analytics-panel">
      <h2>Analytics</h2>
      <p className="muted small">
        On the {visible} entities shown on the chart{timeRange ? ' within the time filter' : ''}; hidden ones are left out.
      </p>
      {visible === 0 && <p className="muted">Put entities on the chart first: search, run a query, or open a case.</p>}

      <section>
        <h3>Communities</h3>
        <div className="actions">
          <button data-testid="analytics-communities" disabled={visible === 0} onClick={colourByCommunity}>
            Colour by community
          </button>
        </div>
        {communities && (
          <>
            <p className="small muted">
              {communities.communities.length} communities · modularity {communities.modularity.toFixed(2)}. Click one to select its members.
            </p>
            <ul className="community-list" data-testid="community-list">
              {communities.communities.map((c) => (
                <li key={c.id}>
                  <button data-testid="community-item" onClick={() => wb.ui.set({ selection: c.members.filter((k) => chart.hasNode(k)) })}>
                    <span className="swatch" style={{ background: c.color }} />
                    <span className="name">Community {c.id + 1}</span>
                    <small className="muted">
                      {c.members.length} {c.members.length === 1 ? 'entity' : 'entities'} · {c.members.slice(0, 2).map((k) => nameOf(wb, k)).join(', ')}
                      {c.members.length > 2 ? '…' : ''}
                    </small>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section>
        <h3>Size by</h3>
        <div className="actions">
          <select aria-label="Size entities by" data-testid="analytics-metric" value={metric} onChange={(e) => setMetric(e.target.value as ScoreMetric)}>
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </select>
          <button data-testid="analytics-size" disabled={visible === 0} onClick={sizeByMetric}>
            Apply
          </button>
        </div>
        {top && (
          <ol className="score-list" data-testid="score-list">
            {top.entries.map(([key, value]) => (
              <li key={key}>
                <button className="link" onClick={() => wb.ui.set({ selection: [key], focus: { kind: 'node', key } })}>
                  {nameOf(wb, key)}
                </button>{' '}
                <small className="muted">{scoreText(top.metric, value)}</small>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section>
        <h3>Shortest path on the chart</h3>
        <p className="small muted">
          {selected.length === 2
            ? `Between ${nameOf(wb, selected[0]!)} and ${nameOf(wb, selected[1]!)}.`
            : 'Select two entities (Shift+click) to find the shortest path between them through the links shown.'}
        </p>
        <button data-testid="analytics-path" disabled={selected.length !== 2} onClick={findPath}>
          Find the path
        </button>
        {pathNote && (
          <p className="small" data-testid="analytics-path-note">
            {pathNote}
          </p>
        )}
      </section>

      <section>
        <button data-testid="analytics-reset" onClick={reset}>
          Reset styles
        </button>
        <span className="small muted"> Type colours and default sizes again.</span>
      </section>
    </section>
  );
}
