/**
 * What both benchmark pages measure, the same way: the time from a ready graph to its first
 * painted frame, then a scripted pan and zoom of the camera, one step per animation frame, with
 * the interval between drawn frames and the time sigma spends in each render. The runner reads the
 * figures through `window.bench`.
 *
 * WebGL calls only queue work: the GPU (SwiftShader, on the CPU) draws later, in another process.
 * So a frame counts as drawn once every WebGL layer has finished it, which reading back one pixel
 * of each forces; without that a page could look fast by queueing work it never waits for. A page
 * that moves its last picture instead of drawing (motion-frames.ts) has that frame count as drawn
 * at the next animation frame, once any drawing still queued has finished.
 */
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';
import type { BenchGraphSpec } from './bench-graph';

/** The part of a sigma renderer the harness drives. */
export interface Drawn {
  getCamera(): Camera;
  getCanvases(): Record<string, HTMLCanvasElement>;
  on(event: 'beforeRender' | 'afterRender', listener: () => void): unknown;
}

/** Subscribes to the moves of the last picture that stand in for drawings (motion-frames.ts). */
export type OnMovedPicture = (renderer: Drawn, listener: () => void) => unknown;

const pixel = new Uint8Array(4);

/** Waits until the GPU has drawn everything queued on `renderer`'s WebGL layers. */
function finishDrawing(renderer: Drawn): void {
  for (const canvas of Object.values(renderer.getCanvases())) {
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
  }
}

/** Figures of one scripted pan and zoom. */
export interface ScriptFigures {
  /** Milliseconds between consecutive drawn frames of the script (one camera step each). */
  intervals: number[];
  /** Milliseconds of each sigma render (beforeRender → afterRender). */
  renders: number[];
  /** How many of the frames moved the last picture instead of drawing the chart. */
  moved: number;
  /** From the last step to the chart drawn afresh at its camera, when the last frame was a moved picture. */
  settleMs: number | null;
}

/** What a page exposes to the runner. */
export interface BenchApi {
  spec: BenchGraphSpec;
  order: number;
  size: number;
  /** Generating the graph and turning it into chart attributes (not compared). */
  buildMs: number;
  /** Creating the renderer: indexing, uploading and the first render call. */
  createMs: number;
  /** From a ready graph to the first frame on screen (two animation frames after creation). */
  firstFrameMs: number;
  run(frames: number): Promise<ScriptFigures>;
  /** The renderer itself, for looking into a slow frame from the browser's console. */
  renderer: Drawn;
}

declare global {
  interface Window {
    bench?: BenchApi;
    benchError?: string;
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** The camera at step `i` of `n`: a circular pan, a zoom into a cluster, a zoom out past the whole chart. */
export function cameraAt(i: number, n: number): CameraState {
  const t = i / n;
  if (t < 1 / 3) {
    const a = 2 * Math.PI * 3 * t;
    return { x: 0.5 + 0.2 * Math.sin(a), y: 0.5 + 0.2 * (1 - Math.cos(a)) * 0.5, ratio: 1, angle: 0 };
  }
  if (t < 2 / 3) {
    const u = (t - 1 / 3) * 3;
    return { x: 0.5 + 0.12 * u, y: 0.5 - 0.08 * u, ratio: Math.pow(0.08, u), angle: 0 };
  }
  const u = (t - 2 / 3) * 3;
  return { x: 0.62 - 0.12 * u, y: 0.42 + 0.08 * u, ratio: 0.08 * Math.pow(2 / 0.08, u), angle: 0 };
}

/** Times the creation of a renderer and its first frame, then exposes the scripted run. */
export async function startBench<G extends { order: number; size: number }>(
  spec: BenchGraphSpec,
  build: () => G,
  create: (graph: G) => Drawn,
  onMovedPicture?: OnMovedPicture,
): Promise<void> {
  try {
    const b0 = performance.now();
    const graph = build();
    const t0 = performance.now();
    const renderer = create(graph);
    const t1 = performance.now();
    await nextFrame();
    await nextFrame();
    finishDrawing(renderer);
    const t2 = performance.now();

    let renderStart = 0;
    let recording: number[] | null = null;
    let rendered: (() => void) | null = null;
    let moved = 0;
    let lastWasMove = false;
    renderer.on('beforeRender', () => (renderStart = performance.now()));
    renderer.on('afterRender', () => {
      lastWasMove = false;
      recording?.push(performance.now() - renderStart);
      if (rendered) finishDrawing(renderer);
      rendered?.();
    });
    // A moved picture is drawn by the compositor: it is on screen once the next frame begins.
    // Whatever drawing is still queued on the GPU is waited for first, as for a drawn frame.
    onMovedPicture?.(renderer, () => {
      lastWasMove = true;
      if (recording) moved++;
      const done = rendered;
      if (!done) return;
      finishDrawing(renderer);
      void nextFrame().then(done);
    });
    // Sigma draws a camera move on its next animation frame: a step ends when that frame is drawn.
    const step = (state: CameraState) =>
      new Promise<number>((resolve) => {
        // An unchanged camera draws nothing.
        if (renderer.getCamera().hasState(state)) return void nextFrame().then(resolve);
        rendered = () => {
          rendered = null;
          resolve(performance.now());
        };
        renderer.getCamera().setState(state);
      });
    // The next full drawing, once the GPU has finished it.
    const drawnAfresh = () =>
      new Promise<number>((resolve) => {
        rendered = () => {
          if (lastWasMove) return;
          rendered = null;
          resolve(performance.now());
        };
      });
    const run = async (frames: number): Promise<ScriptFigures> => {
      moved = 0;
      await step(cameraAt(0, frames));
      await nextFrame();
      const renders: number[] = [];
      const stamps: number[] = [await step(cameraAt(0.5, frames))];
      recording = renders;
      for (let i = 1; i <= frames; i++) stamps.push(await step(cameraAt(i, frames)));
      recording = null;
      const settleMs = lastWasMove ? (await drawnAfresh()) - stamps[stamps.length - 1]! : null;
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      return { intervals: stamps.slice(1).map((s, i) => s - stamps[i]!), renders, moved, settleMs };
    };
    window.bench = { spec, order: graph.order, size: graph.size, buildMs: t0 - b0, createMs: t1 - t0, firstFrameMs: t2 - t0, run, renderer };
  } catch (error) {
    window.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
  }
}
