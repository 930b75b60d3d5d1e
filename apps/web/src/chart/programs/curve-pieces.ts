/**
 * How many straight pieces a curved link is drawn with, and where the curve program's triangle
 * strip puts its vertices along the curve: as few pieces as keep it within half a pixel of the
 * true curve (one when it barely bends on screen, twelve at most).
 */

/**
 * The most straight pieces a curve is drawn with. Twelve keep even a doubled curvature (three
 * parallel links) within about half a pixel of the true curve at 400 px on screen (1.6 px at
 * 1000 px, where most of a curve is off screen and the segments go to the part on it).
 */
export const CURVE_SEGMENTS = 12;

/**
 * How far a piece may stray from the true curve, in device pixels. Curves are drawn in batches
 * with strips of as many pieces as they need at the zoom (curve-batches.ts); part of a curve on
 * screen may need fewer than its strip has, and the strip's other vertices then repeat positions.
 */
export const MAX_STRAY_PX = 0.5;

/**
 * Per vertex of one curve, as a triangle strip: both sides of the body at each segment's end,
 * numbered back from the head's base (`segments` at the source, 0 at the base), then the head
 * (base corners, tip). The strip of a curve of k ≤ `segments` pieces is the end of it, from body
 * vertex k on, so one vertex buffer serves every batch.
 */
export function curveVertices(segments: number): number[][] {
  const vertices: number[][] = [];
  for (let k = segments; k >= 0; k--) vertices.push([k, 1, 0], [k, -1, 0]);
  vertices.push([0, 1, 1], [0, -1, 1], [1, 0, 1]);
  return vertices;
}

/** The vertices of a strip of `segments` pieces. */
export const stripLength = (segments: number) => 2 * segments + 5;

/** Where the strip of `segments` pieces starts in the vertices of the longest (CURVE_SEGMENTS). */
export const stripStart = (segments: number) => 2 * (CURVE_SEGMENTS - segments);

/**
 * The vertex shader's choice of pieces for the part of a curve from u = `first` to `last`, and
 * where along that part (0 to 1) the strip's body vertex `a_along` goes. A chord over a span h of
 * u strays |s - 2c + t| h² / 4 from the curve (`bend` is that length, in device pixels). The strip
 * has `u_segments` pieces (curve-batches.ts) and numbers its body vertices back from the head's
 * base; its vertex k from the source goes to the start of piece floor(k × pieces / segments), so
 * every piece has one.
 */
export const CURVE_PIECES_GLSL = /* glsl */ `
    float pieces = clamp(ceil((last - first) * sqrt(bend / ${(4 * MAX_STRAY_PX).toFixed(1)})), 1.0, u_segments);
    float along = floor((u_segments - a_along) * pieces / u_segments + 0.001) / pieces;
`;
