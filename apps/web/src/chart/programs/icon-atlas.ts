/**
 * The pictograms of every chart in one canvas, for the node program to sample as a texture.
 * An image address gets a cell the first time a node asks for it; the image loads in the
 * background and is drawn into its cell. Once every image loading has landed, every program
 * using the atlas is told to upload it again: pictograms that arrive together cost one upload
 * and one redraw, not one each. Shared by all renderers (the canvas and the picture exports), so
 * a pictogram is decoded once per page.
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
  /** Images still loading, and who waits for them all. */
  private loading = 0;
  private waiting: (() => void)[] = [];

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

  /** Resolves once no pictogram is loading (at once when none is). */
  ready(): Promise<void> {
    if (this.loading === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Calls `listener` whenever pictograms were added; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private load(image: string, slot: number): void {
    this.loading++;
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
      this.landed();
    };
    // A pictogram that fails to load leaves its cell empty: the node is drawn without one.
    img.onerror = () => this.landed();
    img.src = image;
  }

  /** One image finished loading; when it was the last, tells the programs and whoever waits. */
  private landed(): void {
    if (--this.loading > 0) return;
    for (const listener of this.listeners) listener();
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

let shared: IconAtlas | null = null;

/** The page's atlas. */
export function iconAtlas(): IconAtlas {
  shared ??= new IconAtlas();
  return shared;
}
