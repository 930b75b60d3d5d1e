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

/** Opens the benchmark page on a generated chart and counts its drawn and moved frames. */
export async function openBenchChart(page: Page, origin: string, nodes: number, links: number): Promise<void> {
  await page.goto(`${origin}/bench.html?nodes=${nodes}&links=${links}&seed=3`);
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
 * reads the layers' transforms and where `keys` now are on screen, points the mouse at each of
 * `points` moved by the nodes layer's transform, and counts the frames drawn and moved so far.
 */
export const moveAndProbe = (page: Page, state: Partial<CameraState>, keys: string[], points: Point[]) =>
  page.evaluate(
    async ({ state, keys, points }) => {
      const w = window as unknown as BenchWindow;
      const r = w.bench!.renderer;
      r.getCamera().setState(state);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const transforms = Object.fromEntries(Object.entries(r.getCanvases()).map(([id, c]) => [id, c.style.transform]));
      const positions = Object.fromEntries(keys.map((k) => [k, r.framedGraphToViewport(r.getNodeDisplayData(k)!)]));
      const matrix = /^matrix\(([^)]+)\)$/.exec(transforms.nodes ?? '');
      const [a, b, c, d, e, f] = matrix ? matrix[1]!.split(',').map(Number) : [1, 0, 0, 1, 0, 0];
      const moved = points.map(({ x, y }) => ({ x: a! * x + c! * y + e!, y: b! * x + d! * y + f! }));
      const entered = w.pointAtEach!(moved);
      return { transforms, positions, entered, counts: { drawn: w.motionLog!.drawn, moved: w.motionLog!.moved } };
    },
    { state, keys, points },
  );

/** Applies a CSS `matrix(a, b, c, d, e, f)` to a point. */
export function applyCssMatrix(transform: string, { x, y }: Point): Point {
  const m = /^matrix\(([^)]+)\)$/.exec(transform);
  if (!m) throw new Error(`not a CSS matrix: "${transform}"`);
  const [a, b, c, d, e, f] = m[1]!.split(',').map(Number) as [number, number, number, number, number, number];
  return { x: a * x + c * y + e, y: b * x + d * y + f };
}
