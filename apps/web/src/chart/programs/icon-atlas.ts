/**
 * The pictograms of every chart in one canvas, for the node program to sample as a texture.
 * An image address gets a cell the first time a node asks for it; the image loads in the
 * background and, once drawn into its cell, every program using the atlas is told to upload
 * it again. Shared by all renderers (the canvas and the picture exports), so a pictogram is
 * decoded once per page.
 */
import { atlasCapacity, atlasCell, atlasLayout, type AtlasLayout } from './atlas-layout';

/** The sizes each pictogram is drawn at, in pixels. */
export const ATLAS_CELLS = [64, 32, 16] as const;

export class IconAtlas {
  readonly layout: AtlasLayout;
  readonly canvas: HTMLCanvasElement;
  /** Bumped each time a pictogram lands in the canvas. */
  version = 0;
  private readonly slots = new Map<string, number>();
  private readonly listeners = new Set<() => void>();

  /** Room for `columns` × `rows` pictograms (the app has about twenty). */
  constructor(columns = 8, rows = 8) {
    this.layout = atlasLayout(columns, rows, ATLAS_CELLS);
    this.canvas = document.createElement('canvas');
    this.canvas.width = this.layout.width;
    this.canvas.height = this.layout.height;
  }

  /** The cell of `image` (an image address), or -1 when there is none or the atlas is full. */
  slotOf(image: string | undefined): number {
    if (!image) return -1;
    const known = this.slots.get(image);
    if (known !== undefined) return known;
    if (this.slots.size >= atlasCapacity(this.layout)) return -1;
    const slot = this.slots.size;
    this.slots.set(image, slot);
    this.load(image, slot);
    return slot;
  }

  /** Starts loading `images`, so they are in the atlas before the first chart asks for them. */
  preload(images: Iterable<string>): void {
    for (const image of images) this.slotOf(image);
  }

  /** Calls `listener` whenever a pictogram was added; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(image: string, slot: number): void {
    const img = new Image();
    img.onload = () => {
      const ctx = this.canvas.getContext('2d')!;
      // Each size is drawn from the vector image, sharper than a scaled-down bitmap.
      this.layout.levels.forEach((_, level) => {
        const { x, y, cell } = atlasCell(this.layout, level, slot);
        ctx.clearRect(x, y, cell, cell);
        ctx.drawImage(img, x, y, cell, cell);
      });
      this.version++;
      for (const listener of this.listeners) listener();
    };
    // A pictogram that fails to load leaves its cell empty: the node is drawn without one.
    img.src = image;
  }
}

let shared: IconAtlas | null = null;

/** The page's atlas. */
export function iconAtlas(): IconAtlas {
  shared ??= new IconAtlas();
  return shared;
}
