/**
 * Curved links drawn in batches by how many pieces they need at the current zoom. With software
 * WebGL every vertex of an instanced strip costs on every frame, even one that only repeats the
 * last: a strip long enough for the most bent curve on screen made every short curve pay for
 * twelve pieces. The curves are kept in order of how much they bend, so at any zoom those needing
 * k pieces are one run of them, drawn with a strip of k pieces.
 */
import { CURVE_SEGMENTS, MAX_STRAY_PX } from './curve-pieces';

/** The program's items in drawing order: by layer (zIndex), then by how much they bend. */
export interface CurveOrder {
  /** The items' data, `stride` floats each, in that order. */
  items: Float32Array;
  /** |s − 2c + t| of each curve in that order, in graph units (its bend on screen ÷ pixels per unit). */
  bends: Float64Array;
  /** Where each layer's curves start and end in that order, lowest layer first. */
  layers: { start: number; end: number }[];
}

/** One draw: `count` curves from `first` in the order, each with a strip of `segments` pieces. */
export interface CurveBatch {
  segments: number;
  first: number;
  count: number;
}

/**
 * Sorts `count` items of `stride` floats by layer, then by bend. Within a layer, the order in which
 * sigma wrote them (the graph's) is not kept: where two curves of one layer cross, neither is more
 * right on top than the other.
 */
export function orderCurves(
  array: Float32Array,
  stride: number,
  count: number,
  bends: ArrayLike<number>,
  layers: ArrayLike<number>,
): CurveOrder {
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => layers[a]! - layers[b]! || bends[a]! - bends[b]!,
  );
  const items = new Float32Array(count * stride);
  const sortedBends = new Float64Array(count);
  const bounds: { start: number; end: number }[] = [];
  order.forEach((from, to) => {
    items.set(array.subarray(from * stride, (from + 1) * stride), to * stride);
    sortedBends[to] = bends[from]!;
    if (to === 0 || layers[from] !== layers[order[to - 1]!]) bounds.push({ start: to, end: to + 1 });
    else bounds[bounds.length - 1]!.end = to + 1;
  });
  return { items, bends: sortedBends, layers: bounds };
}

/** The first index in `bends[from, to)` whose bend exceeds `limit` (they are sorted). */
function firstAbove(bends: Float64Array, limit: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bends[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The draws of `order` when one graph unit is `pxPerUnit` device pixels. A whole curve needs
 * ceil(√(bend / (4 × MAX_STRAY_PX))) pieces (curve-pieces.ts), so it needs k or fewer while its
 * bend in graph units is at most 4 × MAX_STRAY_PX × k² ÷ pxPerUnit; the most bent take all
 * CURVE_SEGMENTS. Each layer's draws follow the layer below's.
 */
export function curveBatches(order: CurveOrder, pxPerUnit: number): CurveBatch[] {
  const batches: CurveBatch[] = [];
  for (const { start, end } of order.layers) {
    let first = start;
    for (let segments = 1; segments <= CURVE_SEGMENTS && first < end; segments++) {
      const limit =
        segments === CURVE_SEGMENTS ? Infinity : (4 * MAX_STRAY_PX * segments * segments) / pxPerUnit;
      const next = firstAbove(order.bends, limit, first, end);
      if (next > first) batches.push({ segments, first, count: next - first });
      first = next;
    }
  }
  return batches;
}
