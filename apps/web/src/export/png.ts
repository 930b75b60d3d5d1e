/**
 * A PNG of the chart at print resolution. Sigma draws on stacked WebGL and 2D canvases sized by
 * the device pixel ratio, so the chart is drawn again in a hidden renderer whose pixel ratio is
 * the print scale (the same picture, with `scale`× the pixels), and its layers are composed onto
 * one canvas over white.
 */
import type { ChartEdgeAttributes, ChartGraph, ChartNodeAttributes } from '../chart/chart-graph';
import { createChartRenderer, type ChartRenderer } from '../chart/create-renderer';

/** Options of an image. */
export interface PngOptions {
  /** Pixels per screen pixel (3 prints a full-screen chart at about 300 dpi on A4). */
  scale: number;
  /** Draw the whole chart rather than what the view shows. */
  fit: boolean;
  /** Draw every label, even where they overlap. */
  allLabels: boolean;
  nodeReducer: (key: string, a: ChartNodeAttributes) => Partial<ChartNodeAttributes>;
  edgeReducer: (key: string, a: ChartEdgeAttributes) => Partial<ChartEdgeAttributes>;
  /** Sticky notes to draw over the chart, at their graph positions. */
  notes?: { x: number; y: number; text?: string }[];
}

/** Draws a sticky note as on screen: a yellow card with wrapped text. */
function drawNote(ctx: CanvasRenderingContext2D, x: number, y: number, text: string): void {
  const width = 170;
  ctx.font = '13px system-ui, sans-serif';
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (ctx.measureText(next).width > width - 12 && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  const height = 20 + lines.length * 16;
  ctx.fillStyle = 'rgba(0,0,0,0.15)';
  ctx.fillRect(x + 2, y + 3, width, height);
  ctx.fillStyle = '#fff3a8';
  ctx.fillRect(x, y, width, height);
  ctx.fillStyle = '#1d2733';
  lines.forEach((line, i) => ctx.fillText(line, x + 6, y + 26 + i * 16));
}

/** Largest side of the picture, in pixels, that browsers draw reliably. */
export const MAX_SIDE = 8192;

/** Runs `draw` while the browser reports `ratio` pixels per CSS pixel. */
function withPixelRatio<T>(ratio: number, draw: () => T): T {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The effective scale: the asked one, reduced so the picture stays within MAX_SIDE. */
export const printScale = (width: number, height: number, scale: number): number =>
  Math.max(0.5, Math.min(scale, MAX_SIDE / Math.max(width, height, 1)));

/** Draws the chart of `source` as a PNG. */
export async function chartPng(source: ChartRenderer, graph: ChartGraph, options: PngOptions): Promise<{ blob: Blob; width: number; height: number }> {
  const { width, height } = source.getDimensions();
  const scale = printScale(width, height, options.scale);
  const root = document.createElement('div');
  Object.assign(root.style, { position: 'fixed', width: `${width}px`, height: `${height}px`, right: '101%', bottom: '101%' });
  document.body.appendChild(root);
  let renderer: ChartRenderer | null = null;
  try {
    renderer = withPixelRatio(scale, () =>
      createChartRenderer(graph, root, {
        nodeReducer: (key, a) => ({ ...a, ...options.nodeReducer(key, a) }),
        edgeReducer: (key, a) => ({ ...a, ...options.edgeReducer(key, a) }),
        ...(options.allLabels ? { labelRenderedSizeThreshold: 0, labelDensity: 100 } : {}),
      }),
    );
    const tmp = renderer;
    if (!options.fit) {
      tmp.setCustomBBox(source.getCustomBBox());
      tmp.getCamera().setState(source.getCamera().getState());
    }
    // Pictograms load as images: let them arrive before the final drawing.
    await pause(350);
    const canvas = withPixelRatio(scale, () => {
      tmp.refresh();
      const out = document.createElement('canvas');
      out.width = Math.round(width * scale);
      out.height = Math.round(height * scale);
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      // Layers in drawing order; the hover and mouse layers hold nothing worth printing.
      const layers = tmp.getCanvases();
      for (const id of ['edges', 'edgeLabels', 'nodes', 'labels']) {
        const layer = layers[id];
        if (layer) ctx.drawImage(layer, 0, 0, out.width, out.height);
      }
      ctx.save();
      ctx.scale(out.width / width, out.height / height);
      for (const note of options.notes ?? []) {
        const at = tmp.graphToViewport({ x: note.x, y: note.y });
        if (note.text) drawNote(ctx, at.x, at.y, note.text);
      }
      ctx.restore();
      return out;
    });
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser could not encode the picture; try a smaller scale'))), 'image/png'),
    );
    return { blob, width: canvas.width, height: canvas.height };
  } finally {
    const canvases = renderer ? Object.values(renderer.getCanvases()) : [];
    renderer?.kill();
    // Free the WebGL contexts now: browsers allow only a few at a time.
    for (const c of canvases) {
      const gl = (c.getContext('webgl2') ?? c.getContext('webgl')) as WebGLRenderingContext | null;
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    }
    root.remove();
  }
}
