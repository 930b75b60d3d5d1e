/**
 * What the two link programs (edge-arrow-program.ts, edge-curve-program.ts) share besides their
 * fragment shader: the item attributes — both ends, thickness and the target's size, then each
 * program's own, then colour and picking id — the per-vertex attributes of a body-and-head strip,
 * filling an item's data, and uploading it only when it changed (instanced-upload.ts).
 */
import { EdgeProgram, type ProgramAttributeSpecification, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { bindInstanced, UploadState } from './instanced-upload';

const { FLOAT, UNSIGNED_BYTE } = WebGLRenderingContext;

/** The item attributes of a link program, with `own` between the shared ones and colour and id. */
export function linkAttributes(own: ProgramAttributeSpecification[] = []): ProgramAttributeSpecification[] {
  return [
    { name: 'a_source', size: 2, type: FLOAT },
    { name: 'a_target', size: 2, type: FLOAT },
    { name: 'a_thickness', size: 1, type: FLOAT },
    { name: 'a_targetSize', size: 1, type: FLOAT },
    ...own,
    // Packed as sigma packs them.
    { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
    { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
  ];
}

/** Per vertex: how far along (on the head 0 base, 1 tip), which side, head or body. */
export const LINK_VERTEX_ATTRIBUTES: ProgramAttributeSpecification[] = [
  { name: 'a_along', size: 1, type: FLOAT },
  { name: 'a_side', size: 1, type: FLOAT },
  { name: 'a_head', size: 1, type: FLOAT },
];

export abstract class LinkProgram<Uniform extends string> extends EdgeProgram<Uniform> {
  private readonly uploads = new UploadState();

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    this.uploads.version++;
  }

  override process(edgeIndex: number, offset: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    this.uploads.version++;
    super.process(edgeIndex, offset, sourceData, targetData, data);
  }

  processVisibleItem(edgeIndex: number, startIndex: number, sourceData: NodeDisplayData, targetData: NodeDisplayData, data: EdgeDisplayData): void {
    const array = this.array;
    let i = startIndex;
    array[i++] = sourceData.x;
    array[i++] = sourceData.y;
    array[i++] = targetData.x;
    array[i++] = targetData.y;
    array[i++] = data.size || 1;
    array[i++] = targetData.size || 1;
    i = this.writeOwn(array, i, data);
    array[i++] = floatColor(data.color);
    array[i++] = edgeIndex;
  }

  /** Writes the values of the program's own attributes at `i`; returns the position after them. */
  protected writeOwn(_array: Float32Array, i: number, _data: EdgeDisplayData): number {
    return i;
  }

  /** The item data to upload: sigma's array, unless a program draws its items in another order. */
  protected itemsToUpload(): Float32Array {
    return this.array;
  }

  protected override bindProgram(program: ProgramInfo): void {
    const { ATTRIBUTES, CONSTANT_ATTRIBUTES, constantArray } = this;
    bindInstanced(program, { ATTRIBUTES, CONSTANT_ATTRIBUTES, constantArray, array: this.itemsToUpload() }, this.uploads);
  }
}
