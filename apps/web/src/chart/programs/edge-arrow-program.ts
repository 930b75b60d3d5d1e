/**
 * Straight links with an arrow head at the target, body and head in one instanced draw (a
 * seven-vertex strip a link) instead of sigma's pair of programs. The geometry is sigma's: the body stops
 * where the head starts, the head's tip touches the target's disc.
 */
import type { ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { EDGE_FRAGMENT_SHADER, HEAD_LENGTH, HEAD_WIDTH, LINK_COLOR_OUTPUT, LINK_VERTEX_DECLARATIONS } from './edge-shaders';
import { LINK_VERTEX_ATTRIBUTES, LinkProgram, linkAttributes } from './link-program';

const VERTEX_SHADER = /* glsl */ `
${LINK_VERTEX_DECLARATIONS}
// a_along: how far along (0 source, 1 target; on the head 0 base, 1 tip).

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;

void main() {
  vec2 delta = a_target - a_source;
  float len = length(delta);
  vec2 direction = len > 0.0 ? delta / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-direction.y, direction.x);

  float thickness = max(a_thickness, u_minEdgeThickness * u_sizeRatio) * u_correctionRatio / u_sizeRatio;
  float nodeRadius = a_targetSize * 2.0 * u_correctionRatio / u_sizeRatio;
  float headLength = thickness * ${HEAD_LENGTH.toFixed(2)} * 2.0;

  vec2 position;
  if (a_head < 0.5) {
    vec2 end = a_target - direction * (nodeRadius + headLength);
    position = mix(a_source, end, a_along) + normal * thickness * a_side;
    v_side = a_side;
  } else {
    position = a_target - direction * (nodeRadius + headLength * (1.0 - a_along)) + normal * thickness * ${HEAD_WIDTH.toFixed(2)} * a_side;
    v_side = 0.0;
  }
  gl_Position = vec4((u_matrix * vec3(position, 1.0)).xy, 0.0, 1.0);

  v_thickness = thickness / u_zoomRatio;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;

${LINK_COLOR_OUTPUT}}
`;

const UNIFORMS = ['u_matrix', 'u_zoomRatio', 'u_sizeRatio', 'u_correctionRatio', 'u_pixelRatio', 'u_feather', 'u_minEdgeThickness'] as const;
type Uniform = (typeof UNIFORMS)[number];

export class EdgeArrowFastProgram extends LinkProgram<Uniform> {
  getDefinition() {
    return {
      VERTICES: 7,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: EDGE_FRAGMENT_SHADER,
      METHOD: WebGLRenderingContext.TRIANGLE_STRIP,
      UNIFORMS,
      ATTRIBUTES: linkAttributes(),
      CONSTANT_ATTRIBUTES: LINK_VERTEX_ATTRIBUTES,
      // One triangle strip: the body from source to the head's base, then the head's base corners
      // and tip. The two triangles between body and head lie on the base line and draw nothing.
      CONSTANT_DATA: [[0, 1, 0], [0, -1, 0], [1, 1, 0], [1, -1, 0], [0, 1, 1], [0, -1, 1], [1, 0, 1]],
    };
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
  }
}
