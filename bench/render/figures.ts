/**
 * The figures of bench/render: per chart size and page, the time to first frame (median of the
 * rounds), the frame interval of the scripted pan and zoom (median and p95 over every frame of
 * every round), frames/s, how many frames moved the last picture instead of drawing the chart,
 * the wait for the chart drawn afresh after the moves, sigma's own render time, and the ratios to
 * bare sigma with the goals.
 */
import { percentile } from '../queries/percentile';

/** One page load and scripted run. */
export interface Sample {
  order: number;
  size: number;
  buildMs: number;
  createMs: number;
  firstFrameMs: number;
  intervals: number[];
  renders: number[];
  moved: number;
  settleMs: number | null;
}

/** The pages of a run: the workbench as users get it, the same drawing every frame, bare sigma. */
export const PAGES = ['workbench', 'redraw', 'peer'] as const;
export type Page = (typeof PAGES)[number];

interface PageFigures {
  firstFrameMs: number;
  createMs: number;
  frameMedian: number;
  frameP95: number;
  fps: number;
  movedShare: number;
  settleMs: number | null;
  renderMedian: number;
  renderP95: number;
}

/** The pages at one chart size. */
export interface Summary {
  name: string;
  pages: Record<Page, PageFigures>;
}

function figuresOf(samples: readonly Sample[]): PageFigures {
  const intervals = samples.flatMap((s) => s.intervals);
  const renders = samples.flatMap((s) => s.renders);
  const settles = samples.flatMap((s) => (s.settleMs === null ? [] : [s.settleMs]));
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return {
    firstFrameMs: percentile(samples.map((s) => s.firstFrameMs), 0.5),
    createMs: percentile(samples.map((s) => s.createMs), 0.5),
    frameMedian: percentile(intervals, 0.5),
    frameP95: percentile(intervals, 0.95),
    fps: 1000 / mean,
    movedShare: samples.reduce((n, s) => n + s.moved, 0) / intervals.length,
    settleMs: settles.length ? percentile(settles, 0.5) : null,
    renderMedian: renders.length ? percentile(renders, 0.5) : NaN,
    renderP95: renders.length ? percentile(renders, 0.95) : NaN,
  };
}

/** The figures of one chart size. */
export function summarise(name: string, samples: Record<Page, readonly Sample[]>): Summary {
  return { name, pages: { workbench: figuresOf(samples.workbench), redraw: figuresOf(samples.redraw), peer: figuresOf(samples.peer) } };
}

const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '—' : `${v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`);
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
const row = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(i === 0 ? 10 : 16) : c.padStart(12))).join(' ');

/** The head of the table. */
export const header = () =>
  row(['chart', 'page', 'first frame', 'create', 'frame p50', 'frame p95', 'frames/s', 'moved', 'redrawn after', 'render p50', 'render p95']);

/** The rows of one chart size: each page, then each workbench page ÷ the peer (above 1: slower). */
export function rows({ name, pages }: Summary): string[] {
  const lines = PAGES.map((page, i) => {
    const f = pages[page];
    return row([i === 0 ? name : '', page, ms(f.firstFrameMs), ms(f.createMs), ms(f.frameMedian), ms(f.frameP95), f.fps.toFixed(1),
      `${Math.round(f.movedShare * 100)} %`, ms(f.settleMs), ms(f.renderMedian), ms(f.renderP95)]);
  });
  const p = pages.peer;
  for (const page of ['workbench', 'redraw'] as const) {
    const w = pages[page];
    lines.push(row(['', `${page} ÷ peer`, x(w.firstFrameMs / p.firstFrameMs), x(w.createMs / p.createMs), x(w.frameMedian / p.frameMedian),
      x(w.frameP95 / p.frameP95), x(w.fps / p.fps), '', '', x(w.renderMedian / p.renderMedian), x(w.renderP95 / p.renderP95)]));
  }
  return lines;
}

/** Whether each chart size meets the goals. */
export function goals(summaries: readonly Summary[]): string[] {
  const lines = [
    'goals: the workbench\'s drawing within 1.25× of bare sigma (redraw page: frame p50 and p95, first frame); 20k/100k at ≥ 15 frames/s (workbench page)',
  ];
  for (const { name, pages } of summaries) {
    const { workbench: w, redraw: r, peer: p } = pages;
    const worst = Math.max(r.frameMedian / p.frameMedian, r.frameP95 / p.frameP95, r.firstFrameMs / p.firstFrameMs);
    const interactive = w.fps >= 15 ? 'interactive' : 'not interactive';
    lines.push(
      `  ${name}: drawing: worst ratio ${x(worst)} ${worst <= 1.25 ? '(met)' : '(not met)'}; ` +
        `workbench ${w.fps.toFixed(1)} frames/s (${interactive}; ${Math.round(w.movedShare * 100)} % moved pictures, drawn afresh ${ms(w.settleMs)} after the last move), ` +
        `bare sigma ${p.fps.toFixed(1)} frames/s`,
    );
  }
  return lines;
}
