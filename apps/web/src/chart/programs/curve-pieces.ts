/**
 * How many straight pieces a curved link is drawn with, and where the curve program's triangle
 * strip puts its vertices along the curve: as few pieces as keep it within half a pixel of the
 * true curve, so a curve costs triangles as it bends on screen (one piece when barely, twelve at
 * most) rather than always twelve.
 */

/**
 * The most straight pieces a curve is drawn with. Twelve keep even a doubled curvature (three
 * parallel links) within about half a pixel of the true curve at 400 px on screen (1.6 px at
 * 1000 px, where most of a curve is off screen and the segments go to the part on it).
 */
export const CURVE_SEGMENTS = 12;

/**
 * How far a piece may stray from the true curve, in device pixels. A curve uses only as many
 * pieces as that needs — a short one on screen a few, a long one all twelve — and its other
 * vertices repeat positions: with software WebGL each triangle drawn costs on every frame, even a
 * thin one, and the empty ones in between cost next to nothing.
 */
export const MAX_STRAY_PX = 0.5;

/**
 * The vertex shader's choice of pieces for the part of a curve from u = `first` to `last`, and
 * where along that part (0 to 1) the strip's vertex at `a_along` goes. A chord over a span h of u
 * strays |s - 2c + t| h² / 4 from the curve (`bend` is that length, in device pixels); the strip's
 * vertex k goes to the start of piece floor(k × pieces / segments), so every piece has one.
 */
export const CURVE_PIECES_GLSL = /* glsl */ `
    float pieces = clamp(ceil((last - first) * sqrt(bend / ${(4 * MAX_STRAY_PX).toFixed(1)})), 1.0, ${CURVE_SEGMENTS.toFixed(1)});
    float along = floor(a_along * pieces + 0.001) / pieces;
`;
