/**
 * A horizontal bar chart drawn in SVG: one row per group, one bar per series, each labelled with
 * its value. Clicking a bar opens the records behind it.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Bar, BarRow } from './statistics-data';

const LABEL_WIDTH = 170;
const BAR_HEIGHT = 16;
const ROW_GAP = 8;
const TEXT_ROOM = 190;

export interface BarChartProps {
  title: string;
  rows: BarRow[];
  colors: Record<string, string>;
  legend?: Record<string, string>;
  empty: string;
  onOpen: (bar: Bar, row: BarRow) => void;
}

export function BarChart({ title, rows, colors, legend, empty, onOpen }: BarChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(360, element.clientWidth)));
    observer.observe(element);
    setWidth(Math.max(360, element.clientWidth));
    return () => observer.disconnect();
  }, []);

  const max = Math.max(1e-9, ...rows.flatMap((r) => r.bars.map((b) => b.value)));
  const span = Math.max(40, width - LABEL_WIDTH - TEXT_ROOM);
  const seriesCount = Math.max(1, ...rows.map((r) => r.bars.length));
  const rowHeight = seriesCount * BAR_HEIGHT + ROW_GAP;
  const height = rows.length * rowHeight + 4;

  return (
    <section className="stat-chart" ref={box}>
      <h3>
        {title}
        {legend &&
          Object.entries(legend).map(([series, name]) => (
            <span key={series} className="stat-legend">
              <i style={{ background: colors[series] }} /> {name}
            </span>
          ))}
      </h3>
      {rows.length === 0 ? (
        <p className="muted small">{empty}</p>
      ) : (
        <svg width={width} height={height} role="img" aria-label={title}>
          {rows.map((row, i) => {
            const top = i * rowHeight + 2;
            return (
              <g key={row.key} transform={`translate(0 ${top})`}>
                <text x={LABEL_WIDTH - 8} y={(seriesCount * BAR_HEIGHT) / 2 + 4} textAnchor="end" className="stat-label">
                  <title>{row.label}</title>
                  {row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label}
                </text>
                {row.bars.map((bar, j) => {
                  const length = bar.value > 0 ? Math.max(2, (bar.value / max) * span) : 2;
                  return (
                    <g key={bar.series}>
                      <rect
                        x={LABEL_WIDTH}
                        y={j * BAR_HEIGHT + 1}
                        width={length}
                        height={BAR_HEIGHT - 2}
                        fill={colors[bar.series] ?? '#888'}
                        className="stat-bar"
                        data-testid="stat-bar"
                        data-key={row.key}
                        data-series={bar.series}
                        onClick={() => onOpen(bar, row)}
                      >
                        <title>{`${row.label}: ${bar.text} — click to open ${bar.ids.length} record${bar.ids.length === 1 ? '' : 's'} on the chart`}</title>
                      </rect>
                      <text x={LABEL_WIDTH + length + 6} y={j * BAR_HEIGHT + BAR_HEIGHT - 4} className="stat-value">
                        {bar.text}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
    </section>
  );
}
