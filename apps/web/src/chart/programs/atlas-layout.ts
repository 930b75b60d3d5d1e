/**
 * Where each pictogram sits in the icon atlas. Every pictogram is drawn at a few sizes (64, 32
 * and 16 pixels), each size in its own grid of equal cells, filled row by row: the node shader
 * picks the size nearest the one on screen and samples it with plain bilinear filtering — mipmap
 * quality without the per-pixel cost of mipmapped sampling in software WebGL. The shader finds a
 * cell by the same arithmetic: column = index mod columns, row = floor(index / columns).
 */

/** One size of the pictograms: its cell side and where its grid starts, in pixels. */
export interface AtlasLevel {
  cell: number;
  x: number;
  y: number;
}

/** The layout of an atlas. */
export interface AtlasLayout {
  columns: number;
  rows: number;
  /** Largest cell first. */
  levels: AtlasLevel[];
  width: number;
  height: number;
}

/**
 * `columns` × `rows` pictograms at each of `cells` sizes (largest first, each at most half the
 * one before): the largest grid on the left, the smaller ones stacked on its right.
 */
export function atlasLayout(columns: number, rows: number, cells: readonly number[]): AtlasLayout {
  if (!(columns > 0 && rows > 0) || cells.length === 0) throw new Error('atlasLayout: needs at least one cell size and a non-empty grid');
  for (let k = 1; k < cells.length; k++)
    if (!(cells[k]! > 0 && cells[k]! * 2 <= cells[k - 1]!)) throw new Error(`atlasLayout: cell sizes must halve at least (got ${cells.join(', ')})`);
  const levels: AtlasLevel[] = [{ cell: cells[0]!, x: 0, y: 0 }];
  let y = 0;
  for (const cell of cells.slice(1)) {
    levels.push({ cell, x: columns * cells[0]!, y });
    y += rows * cell;
  }
  return { columns, rows, levels, width: columns * (cells[0]! + (cells[1] ?? 0)), height: rows * cells[0]! };
}

/** How many pictograms `layout` holds. */
export const atlasCapacity = (layout: AtlasLayout): number => layout.columns * layout.rows;

/** The top-left pixel of pictogram `index` at `level`. */
export function atlasCell(layout: AtlasLayout, level: number, index: number): { x: number; y: number; cell: number } {
  const at = layout.levels[level];
  if (!at) throw new Error(`atlasCell: no level ${level}`);
  if (!Number.isInteger(index) || index < 0 || index >= atlasCapacity(layout))
    throw new Error(`atlasCell: no cell ${index} in a ${layout.columns}×${layout.rows} atlas`);
  return { x: at.x + (index % layout.columns) * at.cell, y: at.y + Math.floor(index / layout.columns) * at.cell, cell: at.cell };
}

/**
 * The node shader's choice of size (GLSL setting `vec3 level` to x, y and cell of a level from
 * `float side`, the pictogram's side on screen): the smallest cells still at least `side` wide,
 * the largest if none is. In the layout's own numbers, so the shader needs no uniforms for it.
 */
export function levelChoice(layout: AtlasLayout): string {
  const f = (n: number) => n.toFixed(1);
  const vec = ({ x, y, cell }: AtlasLevel) => `vec3(${f(x)}, ${f(y)}, ${f(cell)})`;
  const levels = layout.levels;
  const lines = [`vec3 level = ${vec(levels[0]!)};`];
  for (let k = levels.length - 1; k >= 1; k--) {
    lines.push(`${k === levels.length - 1 ? 'if' : 'else if'} (side <= ${f(levels[k]!.cell)}) level = ${vec(levels[k]!)};`);
  }
  return lines.join('\n    ');
}
