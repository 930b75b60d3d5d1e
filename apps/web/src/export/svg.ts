/**
 * The chart as an SVG drawing at print size: the visible entities fitted to the page (graph y
 * points up, as on screen), each a disc in its type colour with its risk ring and pictogram,
 * links as straight or curved lines with arrowheads, and every label. Vector, so it prints sharp.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { DEFAULT_CURVATURE } from '../chart/programs/curvature';
import { escapeXml } from './xml';

/** Options of the drawing. */
export interface SvgOptions {
  /** Page width in px (the height follows the chart's shape). */
  width?: number;
  padding?: number;
  /** Which entities to draw (default: those not hidden). */
  visible?: (key: string) => boolean;
  title?: string;
  /** Sticky notes, drawn at their graph positions. */
  notes?: { x: number; y: number; text?: string }[];
}

/** Lines of at most `max` characters, broken at spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + word.length + 1 > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

const f = (v: number) => (Math.round(v * 10) / 10).toString();

/** SVG text of the chart. */
export function toSVG(graph: ChartGraph, options: SvgOptions = {}): string {
  const width = options.width ?? 3000;
  const visible = options.visible ?? ((key: string) => graph.getNodeAttribute(key, 'hidden') !== true);
  const keys = graph.filterNodes((key) => visible(key));
  const k = width / 1000;
  const padding = options.padding ?? 60 * k;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  const notes = (options.notes ?? []).filter((n) => n.text);
  for (const { x, y } of [...keys.map((key) => graph.getNodeAttributes(key)), ...notes]) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (!keys.length && !notes.length) [minX, maxX, minY, maxY] = [0, 1, 0, 1];
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const points = keys.length + notes.length;
  // Notes hang right and down from their point: keep room for them on the page.
  // Labels run right of their entity: keep room for the longest (about 0.55 em a character).
  const labelRoom = Math.min(width * 0.35, Math.max(0, ...keys.map((key) => graph.getNodeAttribute(key, 'label').length)) * 13 * k * 0.55);
  const inner = width - 2 * padding - Math.max(labelRoom, notes.length ? 170 * k : 0);
  const scale = points <= 1 ? 1 : inner / Math.max(spanX, spanY);
  const offsetX = (inner - spanX * scale) / 2;
  const contentHeight = points <= 1 ? 0 : spanY * scale;
  const height = Math.max(Math.round(contentHeight + 2 * padding + (notes.length ? 120 * k : 0)), Math.round(width / 4));
  const px = (x: number) => (points <= 1 ? width / 2 : padding + offsetX + (x - minX) * scale);
  // The graph's y points up; the page's points down.
  const py = (y: number) => (points <= 1 ? height / 2 : padding + (maxY - y) * scale);
  const radius = (key: string) => graph.getNodeAttribute(key, 'size') * k;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    options.title ? `<title>${escapeXml(options.title)}</title>` : '',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g class="links" fill="none">',
  ];
  const shown = new Set(keys);
  graph.forEachEdge((_key, a, source, target) => {
    if (a.hidden || !shown.has(source) || !shown.has(target) || source === target) return;
    const [x1, y1, x2, y2] = [px(graph.getNodeAttribute(source, 'x')), py(graph.getNodeAttribute(source, 'y')), px(graph.getNodeAttribute(target, 'x')), py(graph.getNodeAttribute(target, 'y'))];
    const length = Math.hypot(x2 - x1, y2 - y1) || 1;
    const stroke = Math.max(0.5, a.size * k * 0.6);
    const head = Math.max(6 * k, stroke * 3);
    const curvature = a.type === 'curved' ? (a.curvature ?? DEFAULT_CURVATURE) : 0;
    // Control point of a curve: off the middle of the segment, on its left, by curvature × length.
    const cx = (x1 + x2) / 2 + ((y2 - y1) / length) * curvature * length;
    const cy = (y1 + y2) / 2 - ((x2 - x1) / length) * curvature * length;
    const [tx, ty] = curvature ? [x2 - cx, y2 - cy] : [x2 - x1, y2 - y1];
    const tl = Math.hypot(tx, ty) || 1;
    const [ux, uy] = [tx / tl, ty / tl];
    const r = radius(target);
    const [ex, ey] = [x2 - ux * r, y2 - uy * r];
    const [bx, by] = [ex - ux * head, ey - uy * head];
    const d = curvature ? `M${f(x1)} ${f(y1)} Q${f(cx)} ${f(cy)} ${f(bx)} ${f(by)}` : `M${f(x1)} ${f(y1)} L${f(bx)} ${f(by)}`;
    out.push(`<path d="${d}" stroke="${escapeXml(a.color)}" stroke-width="${f(stroke)}"/>`);
    const [nx, ny] = [-uy * head * 0.5, ux * head * 0.5];
    out.push(`<polygon points="${f(ex)},${f(ey)} ${f(bx + nx)},${f(by + ny)} ${f(bx - nx)},${f(by - ny)}" fill="${escapeXml(a.color)}"/>`);
  });
  out.push('</g>', '<g class="entities">');
  for (const key of keys) {
    const a = graph.getNodeAttributes(key);
    const [x, y, r] = [px(a.x), py(a.y), radius(key)];
    out.push(
      `<g data-key="${escapeXml(key)}"><circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${escapeXml(a.ringColor || a.color)}"/>` +
        `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r * 0.84)}" fill="${escapeXml(a.color)}"/>` +
        (a.image ? `<image href="${escapeXml(a.image)}" x="${f(x - r * 0.5)}" y="${f(y - r * 0.5)}" width="${f(r)}" height="${f(r)}"/>` : '') +
        `</g>`,
    );
  }
  out.push('</g>', `<g class="labels" font-size="${f(13 * k)}" fill="#1d2733">`);
  for (const key of keys) {
    const a = graph.getNodeAttributes(key);
    if (!a.label) continue;
    out.push(`<text x="${f(px(a.x) + radius(key) + 3 * k)}" y="${f(py(a.y) + 4.5 * k)}">${escapeXml(a.label)}</text>`);
  }
  out.push('</g>');
  for (const note of notes) {
    const lines = wrap(note.text!, 24);
    const [x, y] = [px(note.x), py(note.y)];
    out.push(
      `<g class="note"><rect x="${f(x)}" y="${f(y)}" width="${f(170 * k)}" height="${f((20 + lines.length * 16) * k)}" fill="#fff3a8" stroke="#e6d46f"/>` +
        `<text font-size="${f(13 * k)}" fill="#1d2733">${lines.map((line, i) => `<tspan x="${f(x + 6 * k)}" y="${f(y + (26 + i * 16) * k)}">${escapeXml(line)}</tspan>`).join('')}</text></g>`,
    );
  }
  out.push('</svg>', '');
  return out.filter(Boolean).join('\n');
}
