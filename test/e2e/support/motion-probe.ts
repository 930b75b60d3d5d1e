/**
 * Probes of the chart canvas's moves on the benchmark page (bench.html), which draws a generated
 * chart of any size with the workbench's renderer: where entities are on screen, how the layers
 * are moved, which entity the pointer finds, and whether a frame was drawn or moved.
 */
import type { Page } from 'playwright-core';

interface BenchRenderer {
  getCamera(): { getState(): CameraState; setState(s: Partial<CameraState>): void };
  getCanvases(): Record<string, HTMLCanvasElement>;
  getGraph(): { nodes(): string[] };
  getNodeDisplayData(k: string): { x: number; y: number } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  on(event: string, listener: (payload: { node: string }) => void): void;
}
interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}
interface BenchWindow {
  bench?: { renderer: BenchRenderer };
  benchError?: string;
  motionLog?: { drawn: number; moved: number; entered: string[] };
  /** Points the mouse at each point in turn; the entity entered at each, or null. */
  pointAtEach?: (points: Point[]) => (string | null)[];
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Opens the benchmark page on a generated chart and counts its drawn and moved frames; `options`
 * are more of the page's parameters (`slowDrawingMs=…`).
 */
export async function openBenchChart(page: Page, origin: string, nodes: number, links: number, options = ''): Promise<void> {
  await page.goto(`${origin}/bench.html?nodes=${nodes}&links=${links}&seed=3${options && `&${options}`}`);
  await page.waitForFunction(() => (window as unknown as BenchWindow).bench ?? (window as unknown as BenchWindow).benchError, null, { timeout: 120_000 });
  const error = await page.evaluate(() => (window as unknown as BenchWindow).benchError);
  if (error) throw new Error(error);
  await page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const log = { drawn: 0, moved: 0, entered: [] as string[] };
    w.motionLog = log;
    const r = w.bench!.renderer;
    r.on('afterRender', () => log.drawn++);
    r.on('movedPicture', () => log.moved++);
    r.on('enterNode', ({ node }) => log.entered.push(node));
    const layer = r.getCanvases().mouse!;
    w.pointAtEach = (points) => {
      const box = layer.getBoundingClientRect();
      return points.map(({ x, y }) => {
        const before = log.entered.length;
        layer.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + x, clientY: box.top + y, bubbles: true }));
        return log.entered.slice(before).at(-1) ?? null;
      });
    };
  });
}

/** Counts of drawn and moved frames so far, and the entities the pointer entered. */
export const motionLog = (page: Page) => page.evaluate(() => ({ ...(window as unknown as BenchWindow).motionLog! }));

/** The CSS transform of each picture layer. */
export const layerTransforms = (page: Page) =>
  page.evaluate(() => {
    const canvases = (window as unknown as BenchWindow).bench!.renderer.getCanvases();
    return Object.fromEntries(Object.entries(canvases).map(([id, c]) => [id, c.style.transform]));
  });

/** Where the first `count` entities are on screen at the camera as it is now. */
export const screenPositions = (page: Page, count: number) =>
  page.evaluate((n) => {
    const r = (window as unknown as BenchWindow).bench!.renderer;
    return Object.fromEntries(r.getGraph().nodes().slice(0, n).map((k) => [k, r.framedGraphToViewport(r.getNodeDisplayData(k)!)]));
  }, count);

/** Moves the camera and resolves after the next two animation frames. */
export const moveCamera = (page: Page, state: Partial<CameraState>) =>
  page.evaluate(async (s) => {
    (window as unknown as BenchWindow).bench!.renderer.getCamera().setState(s);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, state);

/** The camera as it is now. */
export const cameraState = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).bench!.renderer.getCamera().getState());

/** Points the mouse at each point in turn, as a user's pointer would; returns the entity entered at each (or null). */
export const pointAtEach = (page: Page, points: Point[]) => page.evaluate((p) => (window as unknown as BenchWindow).pointAtEach!(p), points);

/**
 * Moves the camera, waits two animation frames, then at once (before the canvas can settle):
 * reads the layers' transforms, where each entity of `before` (its place on the picture as drawn)
 * is shown now that the nodes layer is transformed, and where the camera now puts it; points the
 * mouse at each of `points` as shown; and counts the frames drawn and moved so far. The browser
 * itself reads the transform (DOMMatrix), as it does to show the layer.
 */
export const moveAndProbe = (page: Page, state: Partial<CameraState>, before: Record<string, Point>, points: Point[]) =>
  page.evaluate(
    async ({ state, before, points }) => {
      const w = window as unknown as BenchWindow;
      const r = w.bench!.renderer;
      r.getCamera().setState(state);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const transforms = Object.fromEntries(Object.entries(r.getCanvases()).map(([id, c]) => [id, c.style.transform]));
      const matrix = new DOMMatrix(transforms.nodes || 'none');
      const shownAt = ({ x, y }: { x: number; y: number }) => {
        const p = matrix.transformPoint(new DOMPoint(x, y));
        return { x: p.x, y: p.y };
      };
      const keys = Object.keys(before);
      const shown = Object.fromEntries(keys.map((k) => [k, shownAt(before[k]!)]));
      const positions = Object.fromEntries(keys.map((k) => [k, r.framedGraphToViewport(r.getNodeDisplayData(k)!)]));
      const entered = w.pointAtEach!(points.map(shownAt));
      return { transforms, shown, positions, entered, counts: { drawn: w.motionLog!.drawn, moved: w.motionLog!.moved } };
    },
    { state, before, points },
  );
