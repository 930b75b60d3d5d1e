/**
 * Entities in one pass: a disc in the entity's colour, its risk ring and its type's pictogram
 * (sampled from the icon atlas and painted in `pictoColor`), drawn by a single instanced
 * triangle per node. It looks like the border program under the image program it replaces
 * (ring 16 % of the radius, pictogram 1/1.68 of it) at about the cost of sigma's plain circles:
 * one bilinear texture read per pictogram pixel, from the atlas size nearest the screen's.
 */
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { levelChoice, type AtlasLayout } from './atlas-layout';
import { iconAtlas } from './icon-atlas';
import { bindInstanced, UploadState } from './instanced-upload';

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;

/** The ring's width as a share of the radius. */
const RING = 0.16;
/** Half the pictogram's side as a share of the radius (image margin 1.05 × padding 1.6). */
const PICTOGRAM = 1 / 1.68;

/** What the fragment shader reads from the vertices. */
const VARYINGS = /* glsl */ `
varying vec4 v_color;
varying vec4 v_ringColor;
varying vec4 v_pictoColor;
varying vec4 v_cell;
varying vec2 v_diffVector;
varying float v_radius;
`;

const vertexShader = (layout: AtlasLayout) => /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec4 a_ringColor;
attribute vec4 a_pictoColor;
attribute vec2 a_position;
attribute float a_size;
attribute float a_icon;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;
uniform float u_pixelRatio;

${VARYINGS}
const float bias = 255.0 / 254.0;

void main() {
  float size = a_size * u_correctionRatio / u_sizeRatio * 4.0;
  vec2 diffVector = size * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1.0)).xy, 0.0, 1.0);
  v_diffVector = diffVector;
  v_radius = size / 2.0;

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  v_ringColor = a_ringColor;
  v_ringColor.a *= bias;
  v_pictoColor = a_pictoColor;
  if (a_icon < 0.0) {
    v_cell = vec4(0.0, 0.0, -1.0, 0.0);
  } else {
    // The pictogram's side on screen, in device pixels (a_size is the radius in pixels at ratio 1).
    float side = 2.0 * ${PICTOGRAM.toFixed(6)} * a_size / u_sizeRatio * u_pixelRatio;
    ${levelChoice(layout)}
    float column = mod(a_icon, ${layout.columns.toFixed(1)});
    float row = floor((a_icon + 0.5) / ${layout.columns.toFixed(1)});
    vec2 atlasSize = vec2(${layout.width.toFixed(1)}, ${layout.height.toFixed(1)});
    v_cell = vec4((level.xy + vec2(column, row) * level.z) / atlasSize, vec2(level.z) / atlasSize);
  }
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision highp float;

${VARYINGS}
uniform float u_correctionRatio;
uniform vec2 u_halfTexel;
uniform sampler2D u_atlas;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  float dist = length(v_diffVector);
  #ifdef PICKING_MODE
  gl_FragColor = dist > v_radius ? transparent : v_color;
  #else
  if (dist > v_radius) {
    gl_FragColor = transparent;
    return;
  }
  float aa = 2.0 * u_correctionRatio;
  float ring = ${RING.toFixed(2)} * v_radius;
  // A ring thinner than a pixel is left out, as the border program does.
  vec4 ringColor = ring <= u_correctionRatio ? transparent : v_ringColor;

  vec4 inner = v_color;
  float halfSide = v_radius * ${PICTOGRAM.toFixed(6)};
  if (v_cell.z > 0.0 && abs(v_diffVector.x) < halfSide && abs(v_diffVector.y) < halfSide) {
    vec2 uv = vec2(0.5 + v_diffVector.x / (2.0 * halfSide), 0.5 - v_diffVector.y / (2.0 * halfSide));
    float alpha = texture2D(u_atlas, v_cell.xy + clamp(uv * v_cell.zw, u_halfTexel, v_cell.zw - u_halfTexel)).a;
    inner = mix(inner, v_pictoColor, alpha);
  }

  float inside = v_radius - ring;
  if (dist > v_radius - aa) gl_FragColor = mix(ringColor, transparent, (dist - v_radius + aa) / aa);
  else if (dist > inside) gl_FragColor = ringColor;
  else if (dist > inside - aa) gl_FragColor = mix(inner, ringColor, (dist - inside + aa) / aa);
  else gl_FragColor = inner;
  #endif
}
`;

const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_pixelRatio', 'u_matrix', 'u_halfTexel', 'u_atlas'] as const;
type Uniform = (typeof UNIFORMS)[number];

/** What the program reads from a node's display data beyond sigma's own fields. */
type EntityDisplayData = NodeDisplayData & { ringColor?: string; pictoColor?: string; image?: string };

export class EntityNodeProgram extends NodeProgram<Uniform> {
  private readonly uploads = new UploadState();
  private readonly atlas = iconAtlas();
  private texture: WebGLTexture | null = null;
  private textureVersion = -1;
  private readonly unsubscribe: () => void;

  constructor(gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: ConstructorParameters<typeof NodeProgram>[2]) {
    super(gl, pickingBuffer, renderer);
    // A pictogram arriving after the first frame is drawn on the next one.
    this.unsubscribe = this.atlas.subscribe(() => this.renderer.scheduleRender());
  }

  getDefinition() {
    return {
      VERTICES: 3,
      // Called by sigma's constructor, before this class's fields exist.
      VERTEX_SHADER_SOURCE: vertexShader(iconAtlas().layout),
      FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_icon', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_ringColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_pictoColor', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
      ],
      CONSTANT_ATTRIBUTES: [{ name: 'a_angle', size: 1, type: FLOAT }],
      CONSTANT_DATA: [[0], [(2 * Math.PI) / 3], [(4 * Math.PI) / 3]],
    };
  }

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    this.uploads.version++;
  }

  override process(nodeIndex: number, offset: number, data: NodeDisplayData): void {
    this.uploads.version++;
    super.process(nodeIndex, offset, data);
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: EntityDisplayData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = data.x;
    array[i++] = data.y;
    array[i++] = data.size;
    array[i++] = this.atlas.slotOf(data.image);
    array[i++] = floatColor(data.color);
    array[i++] = floatColor(data.ringColor ?? data.color);
    array[i++] = floatColor(data.pictoColor ?? '#ffffff');
    array[i++] = nodeIndex;
  }

  protected override bindProgram(program: ProgramInfo): void {
    bindInstanced(program, this, this.uploads);
  }

  setUniforms(params: RenderParams, { gl, uniformLocations, isPicking }: ProgramInfo<Uniform>): void {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    if (isPicking) return;
    gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
    gl.uniform2f(uniformLocations.u_halfTexel, 0.5 / this.atlas.layout.width, 0.5 / this.atlas.layout.height);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, this.atlasTexture(gl));
    gl.uniform1i(uniformLocations.u_atlas, 0);
  }

  /** The atlas as a texture of this program's context, uploaded again when pictograms arrived. */
  private atlasTexture(gl: WebGLRenderingContext): WebGLTexture | null {
    if (!this.texture) this.texture = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, this.texture);
    if (this.textureVersion !== this.atlas.version) {
      this.textureVersion = this.atlas.version;
      gl.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, this.atlas.canvas);
      // No mipmaps: the vertex shader already picked the size drawn nearest the screen's.
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
    }
    return this.texture;
  }

  override kill(): void {
    this.unsubscribe();
    if (this.texture) this.normalProgram.gl.deleteTexture(this.texture);
    this.texture = null;
    super.kill();
  }
}
