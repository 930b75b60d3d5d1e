/**
 * Smooth pan and zoom on a chart the machine cannot redraw in time. Without a GPU (software
 * WebGL) a chart of 20,000 entities takes seconds to draw, so redrawing it at every step of a
 * drag or a wheel zoom leaves the canvas frozen. While the last full drawing took longer than
 * SLOW_DRAWING_MS, a camera move only moves the picture already drawn — a CSS transform of the
 * layers, which the browser's compositor applies — and the chart is drawn afresh once the camera
 * has been still for SETTLE_MS. Until then what comes into view at the edges is empty and a
 * zoomed-in picture is coarse. On a machine that draws the chart in time nothing changes.
 *
 * A drawing is timed from its start until the GPU has finished it, with fences the page polls
 * instead of waiting on them.
 * Sigma 3.0.3 (pinned) keeps what this needs private: its render, its node picking and its
 * camera matrices.
 */
import type { CameraState, Coordinates } from 'sigma/types';
import { getMatrixImpact, matrixFromCamera } from 'sigma/utils';
import type { ChartRenderer } from './create-renderer';

/**
 * A full drawing slower than this (10 frames/s) makes camera moves move the last picture. What is
 * timed includes the browser's own frame: in headless Chromium with software WebGL even a chart of
 * 40 entities measures about 50 ms.
 */
export const SLOW_DRAWING_MS = 100;
/** How long the camera stays still before the chart is drawn afresh. */
export const SETTLE_MS = 200;
/** The event a renderer emits when it has moved its picture instead of drawing it afresh. */
const MOVED_PICTURE = 'movedPicture';

/**
 * The layers a full drawing paints. Hovered entities are painted apart, cheaply, at the camera as
 * it is now; the pointer layer holds no picture.
 */
const PICTURE_LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels'];

interface SigmaInternals {
  render(): ChartRenderer;
  refresh(options?: unknown): ChartRenderer;
  renderHighlightedNodes(): void;
  getNodeAtPosition(position: Coordinates): string | null;
  getGraphToViewportRatio(): number;
  resize(): void;
  process(): void;
  needToProcess: boolean;
  renderFrame: number | null;
  matrix: Float32Array;
  invMatrix: Float32Array;
  correctionRatio: number;
  graphToViewportRatio: number;
  width: number;
  height: number;
  container: HTMLElement;
  mouseCaptor: { isMouseDown: boolean };
  webGLContexts: Record<string, WebGLRenderingContext | WebGL2RenderingContext>;
}

/** A similarity of the screen: p ↦ (a·x − b·y + e, b·x + a·y + f). */
interface ScreenMove {
  a: number;
  b: number;
  e: number;
  f: number;
}

/** What the chart's canvas reports about its drawings, for looking into a benchmark run. */
export interface MotionFrames {
  /** How long the last full drawing took until the GPU had finished it, once known. */
  lastDrawingMs(): number | null;
}

/** The screen move that takes the picture drawn at `drawn` to where `now` would draw it. */
function screenMove(renderer: ChartRenderer, drawn: CameraState, now: CameraState): ScreenMove {
  const width = Math.max(1, renderer.getDimensions().width);
  const [p0, p1] = [{ x: 0, y: 0 }, { x: width, y: 0 }].map((corner) =>
    renderer.framedGraphToViewport(renderer.viewportToFramedGraph(corner, { cameraState: drawn }), { cameraState: now }),
  ) as [Coordinates, Coordinates];
  return { a: (p1.x - p0.x) / width, b: (p1.y - p0.y) / width, e: p0.x, f: p0.y };
}

/** Where a point of the screen now was in the picture moved by `move`. */
function beforeMove({ a, b, e, f }: ScreenMove, { x, y }: Coordinates): Coordinates {
  const scale = a * a + b * b;
  const dx = x - e;
  const dy = y - f;
  return { x: (a * dx + b * dy) / scale, y: (a * dy - b * dx) / scale };
}

/**
 * Calls `done` with the time from `since` until the GPU has finished what was just queued on
 * `contexts`; returns what stops the timing. Without WebGL 2 nothing is timed (and moves draw).
 */
function timeGpu(contexts: (WebGLRenderingContext | WebGL2RenderingContext)[], since: number, done: (ms: number) => void): () => void {
  const fences: [WebGL2RenderingContext, WebGLSync][] = [];
  for (const gl of contexts) {
    if (!('fenceSync' in gl)) return () => {};
    const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!fence) return () => {};
    gl.flush();
    fences.push([gl, fence]);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = () => {
    if (fences.every(([gl, fence]) => gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED)) {
      const ms = performance.now() - since;
      release();
      done(ms);
    } else timer = setTimeout(poll, 4);
  };
  const release = () => {
    clearTimeout(timer);
    for (const [gl, fence] of fences.splice(0)) gl.deleteSync(fence);
  };
  timer = setTimeout(poll, 0);
  return release;
}

/** Makes camera moves on `renderer` move its last picture while its drawings take over `slowDrawingMs`. */
export function moveLastPictureWhileSlow(renderer: ChartRenderer, slowDrawingMs = SLOW_DRAWING_MS): MotionFrames {
  const internals = renderer as unknown as SigmaInternals;
  const camera = renderer.getCamera();
  const fullRender = internals.render.bind(renderer);
  const fullRefresh = internals.refresh.bind(renderer);
  const renderHighlights = internals.renderHighlightedNodes.bind(renderer);
  const pickNode = internals.getNodeAtPosition.bind(renderer);

  let drawingMs: number | null = null;
  // The camera and size the picture on screen was drawn at, and how it has been moved since.
  let drawn: { camera: CameraState; width: number; height: number } | null = null;
  let move: ScreenMove | null = null;
  let dataChanged = true;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let stopTiming = () => {};

  const placeLayers = (m: ScreenMove | null) => {
    const transform = m ? `matrix(${m.a}, ${m.b}, ${-m.b}, ${m.a}, ${m.e}, ${m.f})` : '';
    const canvases = renderer.getCanvases();
    for (const id of PICTURE_LAYERS) {
      const canvas = canvases[id];
      if (!canvas) continue;
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = transform;
    }
  };
  const timeDrawing = (since: number) => {
    drawn = { camera: camera.getState(), width: internals.width, height: internals.height };
    stopTiming = timeGpu(Object.values(internals.webGLContexts), since, (ms) => (drawingMs = ms));
  };

  // Sigma's matrices are those of its last drawing; everything else (positions of notes, the
  // pointer) must follow the camera as it is now.
  const followCamera = () => {
    const state = camera.getState();
    const viewport = renderer.getDimensions();
    const graph = renderer.getGraphDimensions();
    const padding = renderer.getStagePadding();
    internals.matrix = matrixFromCamera(state, viewport, graph, padding);
    internals.invMatrix = matrixFromCamera(state, viewport, graph, padding, true);
    internals.correctionRatio = getMatrixImpact(internals.matrix, state, viewport);
    internals.graphToViewportRatio = internals.getGraphToViewportRatio();
  };

  const canMovePicture = () =>
    drawingMs !== null &&
    drawingMs > slowDrawingMs &&
    drawn !== null &&
    !dataChanged &&
    !internals.needToProcess &&
    internals.container.offsetWidth === drawn.width &&
    internals.container.offsetHeight === drawn.height;

  const settleLater = () => {
    clearTimeout(settle);
    settle = setTimeout(() => {
      // A held button or a running animation means the move is not over.
      if (internals.mouseCaptor.isMouseDown || camera.isAnimated()) settleLater();
      else if (move) drawAfresh();
    }, SETTLE_MS);
  };

  const movePicture = () => {
    if (internals.renderFrame !== null) cancelAnimationFrame(internals.renderFrame);
    internals.renderFrame = null;
    move = screenMove(renderer, drawn!.camera, camera.getState());
    placeLayers(move);
    followCamera();
    renderHighlights();
    settleLater();
    (renderer as unknown as { emit(event: string): void }).emit(MOVED_PICTURE);
    return renderer;
  };
  const drawAfresh = () => {
    clearTimeout(settle);
    stopTiming();
    move = null;
    placeLayers(null);
    dataChanged = false;
    // Indexing changed data is the CPU's work, not drawing: it is done, untimed, first.
    internals.resize();
    if (internals.needToProcess) internals.process();
    internals.needToProcess = false;
    const start = performance.now();
    fullRender();
    timeDrawing(start);
    return renderer;
  };

  internals.render = () => (canMovePicture() ? movePicture() : drawAfresh());
  internals.refresh = (options?: unknown) => {
    dataChanged = true;
    return fullRefresh(options);
  };
  // The picking buffer holds the picture as drawn: look up where the pointer was in it.
  internals.getNodeAtPosition = (position) => pickNode(move ? beforeMove(move, position) : position);
  // The drawing sigma made when it was created is still on its way: time it too.
  dataChanged = false;
  timeDrawing(performance.now());
  renderer.on('kill', () => {
    clearTimeout(settle);
    stopTiming();
  });

  return { lastDrawingMs: () => drawingMs };
}

/** Calls `listener` whenever `renderer` moves its picture instead of drawing it; returns the unsubscribe. */
export function onMovedPicture(renderer: ChartRenderer, listener: () => void): () => void {
  const emitter = renderer as unknown as { on(event: string, l: () => void): void; removeListener(event: string, l: () => void): void };
  emitter.on(MOVED_PICTURE, listener);
  return () => emitter.removeListener(MOVED_PICTURE, listener);
}
