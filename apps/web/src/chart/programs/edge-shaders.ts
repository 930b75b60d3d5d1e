/**
 * The shader parts the two link programs share: arrow-head proportions (sigma's defaults, so
 * straight and curved arrows match the ones they replace) and the fragment shader with sigma's
 * side antialiasing.
 */

/** Arrow head length and width in edge thicknesses (sigma's arrow-head defaults). */
export const HEAD_LENGTH = 2.5;
export const HEAD_WIDTH = 2;

/**
 * `v_side` runs from -1 to 1 across a link's body (0 on the head) and `v_thickness` is half its
 * width: the last `v_feather` of it fades out.
 */
export const EDGE_FRAGMENT_SHADER = /* glsl */ `
precision mediump float;

varying vec4 v_color;
varying float v_side;
varying float v_thickness;
varying float v_feather;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = abs(v_side) * v_thickness;
  gl_FragColor = mix(v_color, transparent, smoothstep(v_thickness - v_feather, v_thickness, dist));
  #endif
}
`;
