/**
 * The figures of bench/render: per chart size and page, the time to first frame (median of the
 * rounds), the frame interval of the scripted pan and zoom (median and p95 over every frame of
 * every round), frames/s, sigma's own render time, and the workbench/peer ratios with the goals.
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
}

interface PageFigures {
  firstFrameMs: number;
  createMs: number;
  frameMedian: number;
  frameP95: number;
  fps: number;
  renderMedian: number;
  renderP95: number;
}

/** Both pages at one chart size. */
export interface Summary {
  name: string;
  workbench: PageFigures;
  peer: PageFigures;
}

function figuresOf(samples: readonly Sample[]): PageFigures {
  const intervals = samples.flatMap((s) => s.intervals);
  const renders = samples.flatMap((s) => s.renders);
  const mean = intervals.reduce((a, b) => a + b, 0) / intervals.length;
  return {
    firstFrameMs: percentile(samples.map((s) => s.firstFrameMs), 0.5),
    createMs: percentile(samples.map((s) => s.createMs), 0.5),
    frameMedian: percentile(intervals, 0.5),
    frameP95: percentile(intervals, 0.95),
    fps: 1000 / mean,
    renderMedian: percentile(renders, 0.5),
    renderP95: percentile(renders, 0.95),
  };
}

/** The figures of one chart size. */
export function summarise(name: string, workbench: readonly Sample[], peer: readonly Sample[]): Summary {
  return { name, workbench: figuresOf(workbench), peer: figuresOf(peer) };
}

const ms = (v: number) => `${v < 100 ? v.toFixed(1) : v.toFixed(0)} ms`;
const x = (v: number) => `${v.toFixed(2)}×`;
const row = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(10) : c.padStart(13))).join(' ');

/** The head of the table. */
export const header = () => row(['chart', 'page', 'first frame', 'create', 'frame p50', 'frame p95', 'frames/s', 'render p50', 'render p95']);

/** The rows of one chart size: both pages and their ratio (workbench ÷ peer: above 1 is slower). */
export function rows({ name, workbench: w, peer: p }: Summary): string[] {
  const lines = (['workbench', 'peer'] as const).map((page) => {
    const f = page === 'workbench' ? w : p;
    return row([page === 'workbench' ? name : '', page, ms(f.firstFrameMs), ms(f.createMs), ms(f.frameMedian), ms(f.frameP95), f.fps.toFixed(1), ms(f.renderMedian), ms(f.renderP95)]);
  });
  lines.push(row(['', 'ratio', x(w.firstFrameMs / p.firstFrameMs), x(w.createMs / p.createMs), x(w.frameMedian / p.frameMedian), x(w.frameP95 / p.frameP95), x(w.fps / p.fps), x(w.renderMedian / p.renderMedian), x(w.renderP95 / p.renderP95)]));
  return lines;
}

/** Whether each chart size meets the goals. */
export function goals(summaries: readonly Summary[]): string[] {
  const lines = ['goals: workbench within 1.25× of bare sigma (frame p50 and p95, first frame); 20k/100k at ≥ 15 frames/s'];
  for (const { name, workbench: w, peer: p } of summaries) {
    const worst = Math.max(w.frameMedian / p.frameMedian, w.frameP95 / p.frameP95, w.firstFrameMs / p.firstFrameMs);
    const interactive = w.fps >= 15 ? 'interactive' : 'not interactive';
    lines.push(`  ${name}: worst ratio ${x(worst)} ${worst <= 1.25 ? '(met)' : '(not met)'}; workbench ${w.fps.toFixed(1)} frames/s, ${interactive}`);
  }
  return lines;
}
