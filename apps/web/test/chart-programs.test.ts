import Graph from 'graphology';
import type Sigma from 'sigma';
import { describe, expect, it } from 'vitest';
import { pickEdgesOnCpu } from '../src/chart/edge-picking';
import { LinkHitIndex, controlPoint, segmentDistance, shapeDistance, type LinkShape } from '../src/chart/edge-hit-index';
import { seededRandom } from '../src/analytics/seeded-random';
import { CURVE_PIECES_GLSL, CURVE_SEGMENTS, MAX_STRAY_PX, curveVertices, stripLength, stripStart } from '../src/chart/programs/curve-pieces';
import { curveBatches, orderCurves } from '../src/chart/programs/curve-batches';
import { atlasCapacity, atlasCell, atlasLayout, levelChoice, type AtlasLevel } from '../src/chart/programs/atlas-layout';

describe('icon atlas layout', () => {
  const layout = atlasLayout(8, 8, [64, 32, 16]);

  it('puts the largest grid on the left and stacks the smaller ones on its right', () => {
    expect(layout.levels).toEqual([
      { cell: 64, x: 0, y: 0 },
      { cell: 32, x: 512, y: 0 },
      { cell: 16, x: 512, y: 256 },
    ]);
    expect([layout.width, layout.height]).toEqual([768, 512]);
    expect(atlasCapacity(layout)).toBe(64);
  });

  it('fills cells row by row at every size, the way the shader reads them', () => {
    expect(atlasCell(layout, 0, 0)).toEqual({ x: 0, y: 0, cell: 64 });
    expect(atlasCell(layout, 0, 9)).toEqual({ x: 64, y: 64, cell: 64 });
    expect(atlasCell(layout, 1, 9)).toEqual({ x: 544, y: 32, cell: 32 });
    expect(atlasCell(layout, 2, 63)).toEqual({ x: 512 + 7 * 16, y: 256 + 7 * 16, cell: 16 });
    // Every cell of every size lies inside the texture.
    for (let level = 0; level < 3; level++) {
      const { x, y, cell } = atlasCell(layout, level, 63);
      expect(x + cell).toBeLessThanOrEqual(layout.width);
      expect(y + cell).toBeLessThanOrEqual(layout.height);
    }
  });

  it('refuses cells that do not exist and sizes that do not halve', () => {
    expect(() => atlasCell(layout, 0, 64)).toThrow(/no cell 64/);
    expect(() => atlasCell(layout, 3, 0)).toThrow(/no level 3/);
    expect(() => atlasLayout(8, 8, [64, 48])).toThrow(/halve/);
  });

  it('has the shader pick the smallest size still at least as large as the pictogram on screen', () => {
    // The GLSL the shader is built with, run as JavaScript: its statements read the same in both.
    const glsl = levelChoice(layout);
    const run = new Function('vec3', 'side', `${glsl.replace('vec3 level =', 'let level =')}\nreturn level;`) as (
      vec3: (x: number, y: number, cell: number) => AtlasLevel,
      side: number,
    ) => AtlasLevel;
    const vec3 = (x: number, y: number, cell: number): AtlasLevel => ({ x, y, cell });
    const levelFor = (side: number) => {
      const chosen = run(vec3, side);
      return layout.levels.findIndex((l) => l.x === chosen.x && l.y === chosen.y && l.cell === chosen.cell);
    };
    expect(levelFor(100)).toBe(0);
    expect(levelFor(40)).toBe(0);
    expect(levelFor(32)).toBe(1);
    expect(levelFor(20)).toBe(1);
    expect(levelFor(16)).toBe(2);
    expect(levelFor(9)).toBe(2);
  });
});

// The GLSL the curve shader is built with, run as JavaScript: its statements read the same in both.
const runCurvePieces = new Function(
  'clamp',
  'ceil',
  'sqrt',
  'floor',
  'first',
  'last',
  'bend',
  'a_along',
  'u_segments',
  `${CURVE_PIECES_GLSL.replaceAll('float ', 'let ')}\nreturn { pieces, along };`,
) as (...args: unknown[]) => { pieces: number; along: number };
const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);

/**
 * The shader's pieces for the part first–last of a curve bending `bend` px on screen, drawn with a
 * strip of `segments`, and where along that part its body vertex `j` goes.
 */
const curvePieces = (first: number, last: number, bend: number, j: number, segments: number) =>
  runCurvePieces(clamp, Math.ceil, Math.sqrt, Math.floor, first, last, bend, j, segments);

describe('curved link pieces', () => {
  /**
   * The pieces for the part first–last of a curve drawn with a strip of `segments`, and where the
   * strip's body vertices go along it, listed from the source (the strip counts from the head).
   */
  function strip(first: number, last: number, bend: number, segments = CURVE_SEGMENTS) {
    const at = (j: number) => curvePieces(first, last, bend, j, segments);
    const vertices = Array.from(
      { length: segments + 1 },
      (_, k) => first + (last - first) * at(segments - k).along,
    );
    return { pieces: at(0).pieces, vertices };
  }

  /** A link `length` px long bent by `curvature`, placed as the program places it. */
  function curve(length: number, curvature: number) {
    const c = { x: length / 2, y: length * curvature };
    const at = (u: number) => ({ x: 2 * u * (1 - u) * c.x + u * u * length, y: 2 * u * (1 - u) * c.y });
    // |s - 2c + t| with s at the origin and t at (length, 0).
    return { at, bend: Math.hypot(length - 2 * c.x, 2 * c.y) };
  }

  /** How far the curve strays from the chords between consecutive distinct vertices. */
  function stray(at: (u: number) => { x: number; y: number }, vertices: number[]): number {
    const ends = [...new Set(vertices)];
    let worst = 0;
    for (let i = 1; i < ends.length; i++) {
      const [a, b] = [at(ends[i - 1]!), at(ends[i]!)];
      for (let j = 1; j < 20; j++) {
        const p = at(ends[i - 1]! + ((ends[i]! - ends[i - 1]!) * j) / 20);
        worst = Math.max(worst, segmentDistance(p.x, p.y, a.x, a.y, b.x, b.y));
      }
    }
    return worst;
  }

  it('uses a few pieces for a short curve and all of them for a long, strongly bent one', () => {
    expect(strip(0, 1, curve(40, 0.25).bend).pieces).toBe(4);
    expect(strip(0, 1, curve(100, 0.25).bend).pieces).toBe(5);
    expect(strip(0, 1, curve(400, 0.5).bend).pieces).toBe(CURVE_SEGMENTS);
    expect(strip(0, 1, curve(2, 0.25).bend).pieces).toBe(1);
  });

  it('keeps every piece within half a pixel of the curve, until it runs out of pieces', () => {
    for (const length of [5, 40, 100, 250, 400, 900]) {
      for (const curvature of [0.25, -0.25, 0.5]) {
        const { at, bend } = curve(length, curvature);
        const { pieces, vertices } = strip(0, 1, bend);
        // The strip runs from end to end, in order, through the start of every piece.
        expect(vertices[0]).toBe(0);
        expect(vertices[CURVE_SEGMENTS]).toBeCloseTo(1, 12);
        expect(vertices).toEqual([...vertices].sort((a, b) => a - b));
        expect(new Set(vertices).size).toBe(pieces + 1);
        if (pieces < CURVE_SEGMENTS) expect(stray(at, vertices)).toBeLessThanOrEqual(MAX_STRAY_PX);
      }
    }
  });

  it('spends its pieces on the part of a long curve that is on screen', () => {
    const { at, bend } = curve(3000, 0.25);
    const { pieces, vertices } = strip(0.45, 0.55, bend);
    // A tenth of a curve 3000 px long (control point 750 px off its middle): three pieces, where
    // the whole curve takes all twelve.
    expect(pieces).toBe(3);
    expect(strip(0, 1, bend).pieces).toBe(CURVE_SEGMENTS);
    expect(vertices[0]).toBe(0.45);
    expect(vertices[CURVE_SEGMENTS]).toBeCloseTo(0.55, 12);
    expect(stray(at, vertices)).toBeLessThanOrEqual(MAX_STRAY_PX);
  });
});

describe('curve batches', () => {
  /** The pieces the shader gives a whole curve bending `bendPx` on screen, with all twelve to hand. */
  const wholeCurvePieces = (bendPx: number) => curvePieces(0, 1, bendPx, 0, CURVE_SEGMENTS).pieces;

  it('lays out one strip whose end, from body vertex k on, is a curve of k pieces with its head', () => {
    const full = curveVertices(CURVE_SEGMENTS);
    expect(full).toHaveLength(2 * CURVE_SEGMENTS + 5);
    for (const k of [1, 4, CURVE_SEGMENTS]) {
      expect(stripLength(k)).toBe(2 * k + 5);
      expect(stripStart(k) + stripLength(k)).toBe(full.length);
      const strip = full.slice(stripStart(k));
      expect(strip).toEqual(curveVertices(k));
      // Both sides of body vertices k (the source) down to 0 (the head's base), then the head.
      const body = Array.from({ length: k + 1 }, (_, i) => [[k - i, 1, 0], [k - i, -1, 0]]).flat();
      expect(strip).toEqual([...body, [0, 1, 1], [0, -1, 1], [1, 0, 1]]);
    }
  });

  it('orders curves by layer, then by bend, carrying their data along', () => {
    // Four items of two floats: [id, bend].
    const array = new Float32Array([0, 9, 1, 2, 2, 5, 3, 1]);
    const order = orderCurves(array, 2, 4, [9, 2, 5, 1], [1, 0, 1, 0]);
    expect(Array.from(order.items)).toEqual([3, 1, 1, 2, 2, 5, 0, 9]);
    expect(Array.from(order.bends)).toEqual([1, 2, 5, 9]);
    expect(order.layers).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
  });

  it('draws each curve with the strip the shader needs for it whole, the fewest pieces within half a pixel', () => {
    const random = seededRandom(7);
    const bends = Array.from({ length: 400 }, () => Math.exp(random() * 9 - 4));
    const order = orderCurves(new Float32Array(400), 1, 400, bends, new Array(400).fill(0));
    for (const pxPerUnit of [0.3, 1, 4, 25]) {
      const batches = curveBatches(order, pxPerUnit);
      // One run of curves after another, each with more pieces than the one before.
      expect(batches.reduce((n, b) => n + b.count, 0)).toBe(400);
      batches.forEach((b, i) => {
        expect(b.first).toBe(i === 0 ? 0 : batches[i - 1]!.first + batches[i - 1]!.count);
        if (i > 0) expect(b.segments).toBeGreaterThan(batches[i - 1]!.segments);
        for (let j = b.first; j < b.first + b.count; j++) expect(wholeCurvePieces(order.bends[j]! * pxPerUnit)).toBe(b.segments);
      });
    }
    // Zoomed in, more curves need more pieces.
    const mostPieces = (px: number) => Math.max(...curveBatches(order, px).map((b) => b.segments));
    expect(mostPieces(0.3)).toBeLessThan(mostPieces(25));
    expect(mostPieces(25)).toBe(CURVE_SEGMENTS);
  });

  it('draws each layer after the one below it', () => {
    const order = orderCurves(new Float32Array(4), 1, 4, [100, 1, 100, 1], [2, 2, 0, 0]);
    expect(curveBatches(order, 1)).toEqual([
      { segments: 1, first: 0, count: 1 },
      { segments: 8, first: 1, count: 1 },
      { segments: 1, first: 2, count: 1 },
      { segments: 8, first: 3, count: 1 },
    ]);
  });
});

describe('link hit test', () => {
  it('measures the distance to a segment, ends included', () => {
    expect(segmentDistance(5, 3, 0, 0, 10, 0)).toBe(3);
    expect(segmentDistance(-4, 3, 0, 0, 10, 0)).toBe(5);
    expect(segmentDistance(1, 1, 2, 2, 2, 2)).toBeCloseTo(Math.SQRT2);
  });

  it('bends a curve to the left of source → target by curvature × length at its control point', () => {
    const shape: LinkShape = { sx: 0, sy: 0, tx: 10, ty: 0, curvature: 0.5 };
    expect(controlPoint(shape)).toEqual({ x: 5, y: 5 });
    // The curve's middle is halfway to the control point.
    expect(shapeDistance(5, 2.5, shape)).toBeCloseTo(0, 5);
    expect(shapeDistance(5, 0, shape)).toBeCloseTo(2.5, 2);
  });

  const shapes: LinkShape[] = [
    { sx: 0, sy: 0, tx: 100, ty: 0, curvature: 0 },
    { sx: 0, sy: 0, tx: 100, ty: 0, curvature: 0.25 },
    { sx: 0, sy: 50, tx: 100, ty: 50, curvature: 0 },
    // A long link, kept aside by the grid and still found.
    { sx: -1000, sy: -1000, tx: 1000, ty: 1000, curvature: 0 },
  ];
  const index = new LinkHitIndex(shapes);
  const reach = () => 2;

  it('finds the nearest link within reach, straight or curved', () => {
    expect(index.nearest(50, 1, 2, reach)).toBe(0);
    expect(index.nearest(50, 12.5, 2, reach)).toBe(1);
    expect(index.nearest(30, 49, 2, reach)).toBe(2);
    expect(index.nearest(-500, -499, 2, reach)).toBe(3);
  });

  it('finds nothing away from every link, and passes over skipped ones', () => {
    expect(index.nearest(50, 30, 2, reach)).toBe(-1);
    expect(index.nearest(50, 1, 2, reach, (i) => i === 0)).toBe(-1);
    expect(index.nearest(50, 12.5, 2, reach, (i) => i === 1)).toBe(-1);
  });

  it('agrees with measuring every link, on a random chart', () => {
    const r = seededRandom(7);
    const many: LinkShape[] = Array.from({ length: 2000 }, () => ({ sx: r() * 1000, sy: r() * 1000, tx: r() * 1000, ty: r() * 1000, curvature: r() < 0.2 ? 0.25 : 0 }));
    const grid = new LinkHitIndex(many);
    for (let k = 0; k < 200; k++) {
      const [x, y] = [r() * 1000, r() * 1000];
      let best = -1;
      let bestDistance = Infinity;
      many.forEach((shape, i) => {
        const d = shapeDistance(x, y, shape);
        if (d <= 3 && d < bestDistance) [best, bestDistance] = [i, d];
      });
      expect(grid.nearest(x, y, 3, () => 3)).toBe(best);
    }
  });
});

describe('link picking on the CPU', () => {
  // The parts of a sigma renderer picking uses, at one graph unit a pixel.
  function fakeRenderer() {
    const graph = new Graph({ multi: true });
    graph.addNode('a');
    graph.addNode('b');
    graph.addNode('c');
    graph.addEdgeWithKey('straight', 'a', 'b');
    graph.addEdgeWithKey('curved', 'a', 'c');
    const nodes: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: 100 } };
    const links: Record<string, { size: number; type: string; curvature?: number }> = {
      straight: { size: 1, type: 'straight' },
      curved: { size: 1, type: 'curved' },
    };
    const listeners = new Map<string, () => void>();
    const renderer = {
      settings: { enableEdgeEvents: false },
      getEdgeAtPoint: (_x: number, _y: number): string | null => null,
      getGraph: () => graph,
      getNodeDisplayData: (key: string) => nodes[key],
      getEdgeDisplayData: (key: string) => links[key],
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      viewportToFramedGraph: (p: { x: number; y: number }) => p,
      scaleSize: (n: number) => n,
    };
    pickEdgesOnCpu(renderer as unknown as Sigma);
    return { renderer, links, process: () => listeners.get('afterProcess')!() };
  }

  it('bends a curved link without a curvature of its own by the default one', () => {
    const { renderer } = fakeRenderer();
    // The middle of a curve bent by 0.25 lies 12.5 off the middle of a link 100 long.
    expect(renderer.getEdgeAtPoint(-12.5, 50)).toBe('curved');
    expect(renderer.getEdgeAtPoint(0, 50)).toBeNull();
    expect(renderer.getEdgeAtPoint(50, 1)).toBe('straight');
    expect(renderer.settings.enableEdgeEvents).toBe(true);
  });

  it('keeps to the radius it searched for a link widened since, until sigma reprocesses', () => {
    const { renderer, links, process } = fakeRenderer();
    expect(renderer.getEdgeAtPoint(50, 4)).toBeNull();
    links.straight!.size = 4;
    // Reach of the widest link when the grid was built: half a pixel plus the 3 px of slack.
    expect(renderer.getEdgeAtPoint(50, 3.5)).toBe('straight');
    expect(renderer.getEdgeAtPoint(50, 4)).toBeNull();
    process();
    expect(renderer.getEdgeAtPoint(50, 4)).toBe('straight');
    expect(renderer.getEdgeAtPoint(50, 5.5)).toBeNull();
  });
});
