/**
 * Curved links (several links between the same two entities) with an arrow head at the target.
 * The curve is the quadratic one of @sigma/edge-curve — control point off the middle by
 * `curvature` times the link's length — but cut into segments in the vertex shader, so each
 * pixel costs what a straight link's does instead of a distance-to-curve search per pixel. The
 * curves are drawn in batches by the pieces they need at the zoom (curve-batches.ts).
 */
import type { ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { curveBatches, orderCurves, type CurveOrder } from './curve-batches';
import { CURVE_PIECES_GLSL, CURVE_SEGMENTS, curveVertices, stripLength, stripStart } from './curve-pieces';
import { DEFAULT_CURVATURE } from './curvature';
import { EDGE_FRAGMENT_SHADER, HEAD_LENGTH, HEAD_WIDTH, LINK_COLOR_OUTPUT, LINK_VERTEX_DECLARATIONS } from './edge-shaders';
import { pointItemsFrom } from './instanced-upload';
import { LINK_VERTEX_ATTRIBUTES, LinkProgram, linkAttributes } from './link-program';

const { FLOAT } = WebGLRenderingContext;

const VERTEX_SHADER = /* glsl */ `
${LINK_VERTEX_DECLARATIONS}
attribute float a_curvature;
// a_along: on the body, the vertex's number from the head's base (0) back to the source
// (u_segments); on the head 0 base, 1 tip.

uniform float u_segments;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform vec2 u_dimensions;
uniform float u_minEdgeThickness;
uniform float u_feather;

vec2 toViewport(vec2 graph) {
  return ((u_matrix * vec3(graph, 1.0)).xy + 1.0) * u_dimensions / 2.0;
}

vec2 curveAt(vec2 s, vec2 c, vec2 t, float u) {
  float v = 1.0 - u;
  return v * v * s + 2.0 * u * v * c + u * u * t;
}

vec2 normalAt(vec2 s, vec2 c, vec2 t, float u) {
  vec2 tangent = 2.0 * (1.0 - u) * (c - s) + 2.0 * u * (t - c);
  float len = length(tangent);
  vec2 direction = len > 0.0 ? tangent / len : vec2(1.0, 0.0);
  return vec2(-direction.y, direction.x);
}

// The first and last u in [lo, hi] where the curve is inside the box m0–m1 (first > last: nowhere).
void consider(float u, vec2 s, vec2 c, vec2 t, vec2 m0, vec2 m1, float lo, float hi, inout float first, inout float last) {
  if (u < lo || u > hi) return;
  vec2 p = curveAt(s, c, t, u);
  if (p.x < m0.x - 1.0 || p.y < m0.y - 1.0 || p.x > m1.x + 1.0 || p.y > m1.y + 1.0) return;
  first = min(first, u);
  last = max(last, u);
}

// Where the curve's coordinate k (0: x, 1: y) crosses the value v: qa u² + qb u + qc = v.
void crossings(float qa, float qb, float qc, float v, vec2 s, vec2 c, vec2 t, vec2 m0, vec2 m1, float lo, float hi, inout float first, inout float last) {
  float k = qc - v;
  if (abs(qa) < 1e-6) {
    if (abs(qb) > 1e-6) consider(-k / qb, s, c, t, m0, m1, lo, hi, first, last);
    return;
  }
  float d = qb * qb - 4.0 * qa * k;
  if (d < 0.0) return;
  float r = sqrt(d);
  consider((-qb - r) / (2.0 * qa), s, c, t, m0, m1, lo, hi, first, last);
  consider((-qb + r) / (2.0 * qa), s, c, t, m0, m1, lo, hi, first, last);
}

void main() {
  // Everything in device pixels, as @sigma/edge-curve does.
  vec2 s = toViewport(a_source);
  vec2 t = toViewport(a_target);
  vec2 delta = t - s;
  vec2 c = 0.5 * (s + t) + vec2(-delta.y, delta.x) * a_curvature;

  float thickness = max(u_minEdgeThickness, a_thickness / u_sizeRatio) * u_pixelRatio;
  float targetRadius = a_targetSize * u_pixelRatio / u_sizeRatio;
  float headLength = thickness * ${HEAD_LENGTH.toFixed(2)};
  // Near the target the curve is about straight: step back along it by its speed there.
  float speed = max(2.0 * length(t - c), 1e-6);
  float tip = clamp(1.0 - targetRadius / speed, 0.0, 1.0);
  float base = clamp(1.0 - (targetRadius + headLength) / speed, 0.0, 1.0);

  // A curve reaching off screen spends its segments on the part on screen, so a long curve seen
  // up close stays smooth; a curve wholly on screen (the usual case) skips the search. The margin
  // holds a head, so a body ending before the head's base leaves the head off screen.
  float first = 0.0;
  float last = base;
  vec2 m0 = vec2(-thickness * 2.0 - headLength - 2.0);
  vec2 m1 = u_dimensions - m0;
  if (any(lessThan(min(min(s, c), t), m0)) || any(greaterThan(max(max(s, c), t), m1))) {
    first = 2.0;
    last = -1.0;
    vec2 qa = s - 2.0 * c + t;
    vec2 qb = 2.0 * (c - s);
    consider(0.0, s, c, t, m0, m1, 0.0, base, first, last);
    consider(base, s, c, t, m0, m1, 0.0, base, first, last);
    crossings(qa.x, qb.x, s.x, m0.x, s, c, t, m0, m1, 0.0, base, first, last);
    crossings(qa.x, qb.x, s.x, m1.x, s, c, t, m0, m1, 0.0, base, first, last);
    crossings(qa.y, qb.y, s.y, m0.y, s, c, t, m0, m1, 0.0, base, first, last);
    crossings(qa.y, qb.y, s.y, m1.y, s, c, t, m0, m1, 0.0, base, first, last);
  }

  vec2 position;
  if (a_head < 0.5) {
    float bend = length(s - 2.0 * c + t);
${CURVE_PIECES_GLSL}
    // Nothing of the body on screen: every vertex at one point, so nothing is drawn.
    float u = first > last ? 0.0 : mix(first, last, along);
    position = curveAt(s, c, t, u) + normalAt(s, c, t, u) * thickness / 2.0 * a_side;
    v_side = a_side;
  } else if (last < base) {
    // The head is off screen: it folds onto the body's last vertex and draws nothing.
    float u = first > last ? 0.0 : last;
    position = curveAt(s, c, t, u) - normalAt(s, c, t, u) * thickness / 2.0;
    v_side = 0.0;
  } else {
    // The head's base corners lie on the line of the body's last two vertices, so the strip's
    // two triangles between body and head are empty.
    vec2 basePoint = curveAt(s, c, t, base);
    vec2 normal = normalAt(s, c, t, base);
    position = mix(basePoint, curveAt(s, c, t, tip), a_along) + normal * thickness * ${(HEAD_WIDTH / 2).toFixed(2)} * a_side;
    v_side = 0.0;
  }
  gl_Position = vec4(position / u_dimensions * 2.0 - 1.0, 0.0, 1.0);

  v_thickness = thickness / 2.0;
  v_feather = u_feather;

${LINK_COLOR_OUTPUT}}
`;

const UNIFORMS = ['u_matrix', 'u_sizeRatio', 'u_pixelRatio', 'u_dimensions', 'u_minEdgeThickness', 'u_feather', 'u_segments'] as const;
type Uniform = (typeof UNIFORMS)[number];

/** Display data of a curved link: sigma's plus its curvature. */
type CurvedEdgeDisplayData = EdgeDisplayData & { curvature?: number };

export class EdgeCurvedArrowFastProgram extends LinkProgram<Uniform> {
  /** Per item as sigma placed it: |s − 2c + t| in graph units, and its layer (zIndex). */
  private bends = new Float64Array(0);
  private layers = new Float64Array(0);
  /** The items in drawing order, made again after any change. */
  private order: CurveOrder | null = null;

  getDefinition() {
    const data = curveVertices(CURVE_SEGMENTS);
    return {
      VERTICES: data.length,
      VERTEX_SHADER_SOURCE: VERTEX_SHADER,
      FRAGMENT_SHADER_SOURCE: EDGE_FRAGMENT_SHADER,
      METHOD: WebGLRenderingContext.TRIANGLE_STRIP,
      UNIFORMS,
      ATTRIBUTES: linkAttributes([{ name: 'a_curvature', size: 1, type: FLOAT }]),
      CONSTANT_ATTRIBUTES: LINK_VERTEX_ATTRIBUTES,
      CONSTANT_DATA: data,
    };
  }

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    if (this.bends.length !== capacity) {
      this.bends = new Float64Array(capacity);
      this.layers = new Float64Array(capacity);
    }
    this.order = null;
  }

  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    // A hidden link is written as zeros, without processVisibleItem: it bends by nothing.
    this.bends[offset] = 0;
    this.layers[offset] = data.zIndex ?? 0;
    this.order = null;
    super.process(edgeIndex, offset, sourceData, targetData, data);
  }

  override processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: CurvedEdgeDisplayData): void {
    super.processVisibleItem(edgeIndex, startIndex, sourceData, targetData, data);
    // s − 2c + t is the link turned a quarter and scaled by −2 × curvature.
    const length = Math.hypot(targetData.x - sourceData.x, targetData.y - sourceData.y);
    this.bends[startIndex / this.STRIDE] = 2 * Math.abs(data.curvature ?? DEFAULT_CURVATURE) * length;
  }

  protected override writeOwn(array: Float32Array, i: number, data: CurvedEdgeDisplayData): number {
    array[i] = data.curvature ?? DEFAULT_CURVATURE;
    return i + 1;
  }

  private drawingOrder(): CurveOrder {
    this.order ??= orderCurves(this.array, this.STRIDE, this.capacity, this.bends, this.layers);
    return this.order;
  }

  protected override itemsToUpload(): Float32Array {
    return this.drawingOrder().items;
  }

  /** Sigma's drawing of the program, one instanced draw per batch of curves. */
  protected override renderProgram(params: RenderParams, info: ProgramInfo<Uniform>): void {
    const { gl } = info;
    gl.enable(gl.BLEND);
    gl.useProgram(info.program);
    this.setUniforms(params, info);
    gl.bindFramebuffer(gl.FRAMEBUFFER, info.frameBuffer);
    // Device pixels per graph unit, as the vertex shader maps the graph (sigma keeps it isotropic).
    const [a = 0, b = 0, , c = 0, d = 0] = params.matrix;
    const w = (params.width * params.pixelRatio) / 2;
    const h = (params.height * params.pixelRatio) / 2;
    const pxPerUnit = Math.max(Math.hypot(a * w, b * h), Math.hypot(c * w, d * h));
    for (const { segments, first, count } of curveBatches(this.drawingOrder(), pxPerUnit)) {
      gl.uniform1f(info.uniformLocations.u_segments, segments);
      pointItemsFrom(info, this.ATTRIBUTES, first);
      if (gl instanceof WebGL2RenderingContext) gl.drawArraysInstanced(gl.TRIANGLE_STRIP, stripStart(segments), stripLength(segments), count);
      else gl.getExtension('ANGLE_instanced_arrays')?.drawArraysInstancedANGLE(gl.TRIANGLE_STRIP, stripStart(segments), stripLength(segments), count);
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<Uniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform2f(u.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
  }
}
