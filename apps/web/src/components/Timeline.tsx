/**
 * The timeline under the chart: a histogram of the dates of the chart's entities and links, and
 * a brush that sets the time filter (drag to select, drag the range to move it, drag its ends,
 * click a bar for its month or year). Play moves the window forward one bin at a time.
 */
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import { firstWindow, moveRange, nextWindow, rangeBetween, resizeRange, timeScale, type Range } from '../timeline/brush';
import { binLabel, binUnitFor, dayOf, histogram, type Bin } from '../timeline/time-bins';
import { timeExtent, timeItems } from '../timeline/time-items';
import '../styles/time-space.css';

const HEIGHT = 66;
const AXIS = 14;
const PAD = 6;
const PLAY_TICK_MS = 700;

type Drag =
  | { mode: 'new'; startX: number; anchor: number }
  | { mode: 'move'; startX: number; start: Range }
  | { mode: 'from' | 'to' };

export function Timeline() {
  const wb = useWorkbench();
  const version = useChartVersion(wb.chart);
  const range = useStore(wb.ui, (s) => s.timeRange);
  const [playing, setPlaying] = useState(false);
  const [width, setWidth] = useState(600);
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);

  const data = useMemo(() => {
    const items = timeItems(wb.chart.graph);
    const extent = timeExtent(items);
    if (!extent) return null;
    const unit = binUnitFor(extent[0], extent[1]);
    const bins = histogram(items, extent[0], extent[1], unit);
    const domain: Range = [bins[0]!.start, bins.at(-1)!.end];
    return { count: items.length, unit, bins, domain, max: Math.max(...bins.map((b) => b.count)) };
    // The chart graph is mutable: its version says when to recount.
  }, [wb, version]);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth || 600));
    observer.observe(element);
    setWidth(element.clientWidth || 600);
    return () => observer.disconnect();
  }, [data !== null]);

  // Playback: the window moves one bin forward per tick and stops at the end of the case.
  useEffect(() => {
    if (!playing || !data) return;
    const timer = setInterval(() => {
      const current = wb.ui.get().timeRange;
      const next = current ? nextWindow(current, data.domain, data.unit) : firstWindow(null, data.domain, data.unit);
      if (next) wb.ui.set({ timeRange: next });
      else setPlaying(false);
    }, PLAY_TICK_MS);
    return () => clearInterval(timer);
  }, [playing, data, wb]);

  if (!data) return null;
  const scale = timeScale(data.domain, width, PAD);
  const barsHeight = HEIGHT - AXIS;
  const xOf = (e: PointerEvent) => e.clientX - (e.currentTarget as Element).closest('svg')!.getBoundingClientRect().left;

  const begin = (e: PointerEvent<SVGElement>, next: Drag) => {
    e.stopPropagation();
    (e.currentTarget.closest('svg') as SVGSVGElement).setPointerCapture(e.pointerId);
    drag.current = next;
    setPlaying(false);
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const t = scale.toT(xOf(e));
    if (d.mode === 'new') {
      if (Math.abs(xOf(e) - d.startX) >= 3) wb.ui.set({ timeRange: rangeBetween(d.anchor, t, data.domain) });
    } else if (d.mode === 'move') {
      wb.ui.set({ timeRange: moveRange(d.start, scale.toT(xOf(e)) - scale.toT(d.startX), data.domain) });
    } else {
      const current = wb.ui.get().timeRange;
      if (!current) return;
      const next = resizeRange(current, d.mode, t, data.domain);
      // Passing the other end swaps which end is held.
      if ((d.mode === 'from' && t > current[1]) || (d.mode === 'to' && t < current[0])) drag.current = { mode: d.mode === 'from' ? 'to' : 'from' };
      wb.ui.set({ timeRange: next });
    }
  };
  const onUp = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    drag.current = null;
    if (d?.mode === 'new' && Math.abs(xOf(e) - d.startX) < 3) {
      // A click picks the month or year under the pointer.
      const bin = data.bins.find((b) => b.start <= d.anchor && d.anchor < b.end);
      if (bin) wb.ui.set({ timeRange: [bin.start, bin.end - 1] });
    }
  };

  const togglePlay = () => {
    if (playing) return setPlaying(false);
    const current = wb.ui.get().timeRange;
    const start = firstWindow(current, data.domain, data.unit);
    // Start again from the beginning when the window already reached the end.
    wb.ui.set({ timeRange: current && current[1] >= data.domain[1] ? firstWindow(null, data.domain, data.unit) : start });
    setPlaying(true);
  };

  const inRange = (b: Bin) => !range || (b.end > range[0] && b.start <= range[1]);
  const labelEvery = Math.max(1, Math.ceil(56 / Math.max(1, width / data.bins.length)));
  const labelled = data.bins.filter((b, i) =>
    data.unit === 'year' ? i % labelEvery === 0 : new Date(b.start).getUTCMonth() === 0 || (labelEvery <= 2 && i % 3 === 0),
  );
  const barWidth = (b: Bin) => Math.max(1, scale.toX(b.end) - scale.toX(b.start) - 1);

  return (
    <section className="timeline" data-testid="timeline" aria-label="Timeline">
      <div className="timeline-controls">
        <div className="timeline-buttons">
          <button data-testid="timeline-play" onClick={togglePlay} title="Move a window through the case, one step at a time">
            {playing ? '■ Stop' : '▶ Play'}
          </button>
          <button data-testid="timeline-clear" disabled={!range} onClick={() => (setPlaying(false), wb.ui.set({ timeRange: null }))} title="Show all dates">
            Clear
          </button>
        </div>
        <div className="timeline-range" data-testid="timeline-range">
          {range ? `${dayOf(range[0])} – ${dayOf(range[1])}` : 'All dates'}
        </div>
        <div className="muted timeline-hint">
          {data.count} dated, by {data.unit}
          {range ? '' : ' · drag to filter'}
        </div>
      </div>
      <div className="timeline-plot" ref={box}>
        <svg
          width={width}
          height={HEIGHT}
          onPointerDown={(e) => begin(e, { mode: 'new', startX: xOf(e), anchor: scale.toT(xOf(e)) })}
          onPointerMove={onMove}
          onPointerUp={onUp}
          onPointerCancel={() => (drag.current = null)}
        >
          {data.bins.map((b) => {
            const h = b.count > 0 ? Math.max(1.5, (b.count / data.max) * (barsHeight - 4)) : 0;
            return (
              <rect key={b.start} className={inRange(b) ? 'bar in' : 'bar'} x={scale.toX(b.start)} y={barsHeight - h} width={barWidth(b)} height={h}>
                <title>{`${binLabel(b.start, data.unit)}: ${Math.round(b.count)}`}</title>
              </rect>
            );
          })}
          <line className="axis" x1={PAD} x2={width - PAD} y1={barsHeight + 0.5} y2={barsHeight + 0.5} />
          {labelled.map((b) => (
            <text key={b.start} className="tick" x={scale.toX(b.start) + 2} y={HEIGHT - 3}>
              {data.unit === 'month' && new Date(b.start).getUTCMonth() !== 0 ? binLabel(b.start, 'month').slice(0, 3) : new Date(b.start).getUTCFullYear()}
            </text>
          ))}
          {range && (
            <g className="brush">
              <rect
                className="brush-range"
                data-testid="timeline-brush"
                x={scale.toX(range[0])}
                y={0}
                width={Math.max(2, scale.toX(range[1]) - scale.toX(range[0]))}
                height={barsHeight}
                onPointerDown={(e) => begin(e, { mode: 'move', startX: xOf(e), start: range })}
              />
              <rect className="brush-handle" x={scale.toX(range[0]) - 4} y={0} width={8} height={barsHeight} onPointerDown={(e) => begin(e, { mode: 'from' })} />
              <rect className="brush-handle" x={scale.toX(range[1]) - 4} y={0} width={8} height={barsHeight} onPointerDown={(e) => begin(e, { mode: 'to' })} />
            </g>
          )}
        </svg>
      </div>
    </section>
  );
}
