/**
 * The shader parts the two link programs share: arrow-head proportions (sigma's defaults, so
 * straight and curved arrows match the ones they replace), the declarations and colour output of
 * their vertex shaders, and the fragment shader with sigma's side antialiasing.
 */

/** Arrow head length and width in edge thicknesses (sigma's arrow-head defaults). */
export const HEAD_LENGTH = 2.5;
export const HEAD_WIDTH = 2;

/** What the fragment shader reads from a link's vertices. */
const LINK_VARYINGS = /* glsl */ `
varying vec4 v_color;
varying float v_side;
varying float v_thickness;
varying float v_feather;
`;

/**
 * What every link vertex shader starts with: the per-link attributes (link-program.ts), the
 * per-vertex ones (where along the link, which side, head or body), the varyings and sigma's
 * alpha bias.
 */
export const LINK_VERTEX_DECLARATIONS = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_thickness;
attribute float a_targetSize;
attribute float a_along;
attribute float a_side;
attribute float a_head;
${LINK_VARYINGS}
const float bias = 255.0 / 254.0;
`;

/** How every link vertex shader ends: its id colour when picking, else its colour, biased. */
export const LINK_COLOR_OUTPUT = /* glsl */ `
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
`;

/**
 * `v_side` runs from -1 to 1 across a link's body (0 on the head) and `v_thickness` is half its
 * width: the last `v_feather` of it fades out.
 */
export const EDGE_FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
${LINK_VARYINGS}
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
