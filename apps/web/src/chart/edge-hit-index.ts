/**
 * Finding the link under the pointer on the CPU, so the canvas does not draw every link a
 * second time into a picking buffer on each frame. Links are straight segments or the quadratic
 * curves the curved program draws; a uniform grid over their bounding boxes narrows a query to
 * the few links near the point. Pure geometry: coordinates are whatever space the caller uses.
 */

/** A link's shape: ends, and the curvature of its curve (0: straight). */
export interface LinkShape {
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  curvature: number;
}

/** The control point of a curved link, as the curved program places it. */
export function controlPoint({ sx, sy, tx, ty, curvature }: LinkShape): { x: number; y: number } {
  return { x: (sx + tx) / 2 - (ty - sy) * curvature, y: (sy + ty) / 2 + (tx - sx) * curvature };
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const u = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - u * dx, py - ay - u * dy);
}

/** Pieces a curve is measured with: finer than it is drawn, so a hit on the stroke is a hit. */
const CURVE_STEPS = 24;

/** Distance from (px, py) to a link's shape. */
export function shapeDistance(px: number, py: number, shape: LinkShape): number {
  const { sx, sy, tx, ty, curvature } = shape;
  if (!curvature) return segmentDistance(px, py, sx, sy, tx, ty);
  const c = controlPoint(shape);
  let best = Infinity;
  let ax = sx;
  let ay = sy;
  for (let k = 1; k <= CURVE_STEPS; k++) {
    const u = k / CURVE_STEPS;
    const v = 1 - u;
    const bx = v * v * sx + 2 * u * v * c.x + u * u * tx;
    const by = v * v * sy + 2 * u * v * c.y + u * u * ty;
    best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by));
    ax = bx;
    ay = by;
  }
  return best;
}

/** The box around a shape (a curve lies within the triangle of its ends and control point). */
function boxOf(shape: LinkShape): [number, number, number, number] {
  const xs = [shape.sx, shape.tx];
  const ys = [shape.sy, shape.ty];
  if (shape.curvature) {
    const c = controlPoint(shape);
    xs.push(c.x);
    ys.push(c.y);
  }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Links spanning more cells than this are kept aside and always measured. */
const MAX_CELLS_PER_LINK = 64;

/** A grid of links for nearest-link queries. */
export class LinkHitIndex {
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly columns: number;
  private readonly rows: number;
  /** Items of cell k are items[starts[k]] … items[starts[k + 1] - 1]. */
  private readonly starts: Uint32Array;
  private readonly items: Uint32Array;
  private readonly spanning: number[] = [];

  constructor(private readonly shapes: readonly LinkShape[]) {
    const boxes = shapes.map(boxOf);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [a, b, c, d] of boxes) {
      x0 = Math.min(x0, a);
      y0 = Math.min(y0, b);
      x1 = Math.max(x1, c);
      y1 = Math.max(y1, d);
    }
    if (!Number.isFinite(x0)) [x0, y0, x1, y1] = [0, 0, 1, 1];
    // About one link a cell, at most 512 cells a side.
    const side = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(shapes.length))));
    this.cell = Math.max(x1 - x0, y1 - y0, 1e-9) / side;
    this.x0 = x0;
    this.y0 = y0;
    this.columns = Math.floor((x1 - x0) / this.cell) + 1;
    this.rows = Math.floor((y1 - y0) / this.cell) + 1;
    const counts = new Uint32Array(this.columns * this.rows + 1);
    const ranges = boxes.map(([a, b, c, d], i) => {
      const range = [this.columnOf(a), this.rowOf(b), this.columnOf(c), this.rowOf(d)] as const;
      if ((range[2] - range[0] + 1) * (range[3] - range[1] + 1) > MAX_CELLS_PER_LINK) {
        this.spanning.push(i);
        return null;
      }
      for (let r = range[1]; r <= range[3]; r++) for (let q = range[0]; q <= range[2]; q++) counts[r * this.columns + q]!++;
      return range;
    });
    this.starts = new Uint32Array(counts.length);
    for (let k = 1; k < counts.length; k++) this.starts[k] = this.starts[k - 1]! + counts[k - 1]!;
    this.items = new Uint32Array(this.starts[counts.length - 1]!);
    const fill = this.starts.slice();
    ranges.forEach((range, i) => {
      if (!range) return;
      for (let r = range[1]; r <= range[3]; r++) for (let q = range[0]; q <= range[2]; q++) this.items[fill[r * this.columns + q]!++] = i;
    });
  }

  private columnOf(x: number): number {
    return Math.max(0, Math.min(this.columns - 1, Math.floor((x - this.x0) / this.cell)));
  }

  private rowOf(y: number): number {
    return Math.max(0, Math.min(this.rows - 1, Math.floor((y - this.y0) / this.cell)));
  }

  /**
   * The link nearest to (x, y) among those within their own reach of it, or -1.
   * `reach(i)` is how far from link i still counts as on it (at most `maxReach`); links for which
   * `skip(i)` holds (hidden ones) are passed over.
   */
  nearest(x: number, y: number, maxReach: number, reach: (i: number) => number, skip: (i: number) => boolean = () => false): number {
    let best = -1;
    let bestDistance = Infinity;
    const consider = (i: number) => {
      if (skip(i)) return;
      const d = shapeDistance(x, y, this.shapes[i]!);
      if (d <= reach(i) && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    };
    const seen = new Set<number>();
    for (let r = this.rowOf(y - maxReach); r <= this.rowOf(y + maxReach); r++) {
      for (let q = this.columnOf(x - maxReach); q <= this.columnOf(x + maxReach); q++) {
        const k = r * this.columns + q;
        for (let j = this.starts[k]!; j < this.starts[k + 1]!; j++) {
          const i = this.items[j]!;
          if (seen.has(i)) continue;
          seen.add(i);
          consider(i);
        }
      }
    }
    for (const i of this.spanning) consider(i);
    return best;
  }
}
