/**
 * Binding an instanced program's buffers without sending its data again when nothing changed.
 * Sigma's base program uploads its whole item array before every draw, once for the picture and
 * once for picking: on a big chart that is megabytes per frame while the camera merely moves.
 * Our programs count their changes and upload a buffer only when it is behind.
 */
import type { ProgramAttributeSpecification, ProgramInfo } from 'sigma/rendering';

/** What an instanced program holds, as the binding needs it. */
export interface InstancedData {
  ATTRIBUTES: ProgramAttributeSpecification[];
  CONSTANT_ATTRIBUTES: ProgramAttributeSpecification[];
  array: Float32Array;
  constantArray: Float32Array;
}

/** Which version of the data each program's buffers hold. */
export class UploadState {
  /** Bumped whenever the item array changes (reallocation or an item processed). */
  version = 0;
  private readonly uploaded = new WeakMap<ProgramInfo, number>();
  private readonly constants = new WeakSet<ProgramInfo>();

  /** Whether `info`'s item buffer is behind, marking it up to date. */
  takeItems(info: ProgramInfo): boolean {
    if (this.uploaded.get(info) === this.version) return false;
    this.uploaded.set(info, this.version);
    return true;
  }

  /** Whether `info`'s constant buffer was never filled, marking it filled. */
  takeConstants(info: ProgramInfo): boolean {
    if (this.constants.has(info)) return false;
    this.constants.add(info);
    return true;
  }
}

const BYTES: Record<number, number> = { [WebGLRenderingContext.UNSIGNED_BYTE]: 1, [WebGLRenderingContext.FLOAT]: 4 };
// Normalised byte attributes are packed four to a float, as sigma packs colours and ids.
const itemsOf = (attributes: ProgramAttributeSpecification[]) => attributes.reduce((n, a) => n + (a.normalized ? 1 : a.size), 0);

function pointAttributes(info: ProgramInfo, attributes: ProgramAttributeSpecification[], perInstance: boolean, first = 0): void {
  const { gl } = info;
  const stride = itemsOf(attributes) * 4;
  let offset = first * stride;
  for (const attribute of attributes) {
    const location = info.attributeLocations[attribute.name];
    if (location !== undefined && location !== -1) {
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, attribute.size, attribute.type, attribute.normalized ?? false, stride, offset);
      if (perInstance) {
        if (gl instanceof WebGL2RenderingContext) gl.vertexAttribDivisor(location, 1);
        else gl.getExtension('ANGLE_instanced_arrays')?.vertexAttribDivisorANGLE(location, 1);
      }
    }
    offset += attribute.size * (BYTES[attribute.type] ?? 4);
  }
}

/** Binds `data`'s buffers to `info`'s attributes, uploading only what `state` says is behind. */
export function bindInstanced(info: ProgramInfo, data: InstancedData, state: UploadState): void {
  const { gl } = info;
  gl.bindBuffer(gl.ARRAY_BUFFER, info.constantBuffer);
  pointAttributes(info, data.CONSTANT_ATTRIBUTES, false);
  if (state.takeConstants(info)) gl.bufferData(gl.ARRAY_BUFFER, data.constantArray, gl.STATIC_DRAW);
  gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
  pointAttributes(info, data.ATTRIBUTES, true);
  if (state.takeItems(info)) gl.bufferData(gl.ARRAY_BUFFER, data.array, gl.DYNAMIC_DRAW);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
}

/** Points `info`'s item attributes at item `first` of the uploaded buffer: a draw then starts there. */
export function pointItemsFrom(info: ProgramInfo, attributes: ProgramAttributeSpecification[], first: number): void {
  const { gl } = info;
  gl.bindBuffer(gl.ARRAY_BUFFER, info.buffer);
  pointAttributes(info, attributes, true, first);
  gl.bindBuffer(gl.ARRAY_BUFFER, null);
}
