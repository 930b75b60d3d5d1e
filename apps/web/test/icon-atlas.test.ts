import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IconAtlas } from '../src/chart/programs/icon-atlas';

/** An image whose load the test decides: `finish(src)` or `fail(src)`. */
class ControlledImage {
  static made: ControlledImage[] = [];
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  src = '';
  constructor() {
    ControlledImage.made.push(this);
  }
}
const imageFor = (src: string) => ControlledImage.made.find((i) => i.src === src)!;
const finish = (src: string) => imageFor(src).onload!();
const fail = (src: string) => imageFor(src).onerror!();

/** Pictograms drawn into the atlas canvas, by image. */
let drawn: unknown[] = [];

beforeEach(() => {
  ControlledImage.made = [];
  drawn = [];
  const context = { clearRect: () => undefined, drawImage: (img: unknown) => drawn.push(img) };
  vi.stubGlobal('Image', ControlledImage);
  vi.stubGlobal('document', { createElement: () => ({ width: 0, height: 0, getContext: () => context }) });
});
afterEach(() => vi.unstubAllGlobals());

describe('icon atlas loading', () => {
  it('is ready at once when no pictogram is loading', async () => {
    const atlas = new IconAtlas();
    await expect(atlas.ready()).resolves.toBeUndefined();
    expect(atlas.version).toBe(0);
  });

  it('tells its programs once when pictograms loading together have all landed, failures included', async () => {
    const atlas = new IconAtlas();
    const told = vi.fn();
    atlas.subscribe(told);
    atlas.preload(['a.svg', 'b.svg', 'c.svg']);
    let ready = false;
    void atlas.ready().then(() => (ready = true));

    finish('a.svg');
    fail('b.svg');
    await Promise.resolve();
    expect(told).not.toHaveBeenCalled();
    expect(ready).toBe(false);

    finish('c.svg');
    await Promise.resolve();
    expect(told).toHaveBeenCalledTimes(1);
    expect(ready).toBe(true);
    // The two that loaded are drawn at each of the three sizes and bump the version; the failed one leaves its cell empty.
    expect(atlas.version).toBe(2);
    expect(drawn.filter((img) => img === imageFor('a.svg'))).toHaveLength(3);
    expect(drawn.filter((img) => img === imageFor('b.svg'))).toHaveLength(0);
  });

  it('keeps a cell per image and loads an image once, however often it is asked for', () => {
    const atlas = new IconAtlas();
    expect([
      atlas.slotOf('a.svg'),
      atlas.slotOf('b.svg'),
      atlas.slotOf('a.svg'),
      atlas.slotOf(undefined),
    ]).toEqual([0, 1, 0, -1]);
    expect(ControlledImage.made.map((i) => i.src)).toEqual(['a.svg', 'b.svg']);
  });

  it('tells its programs again for a pictogram asked for after the first ones landed', async () => {
    const atlas = new IconAtlas();
    const told = vi.fn();
    atlas.subscribe(told);
    atlas.preload(['a.svg']);
    finish('a.svg');
    atlas.slotOf('b.svg');
    const ready = atlas.ready();
    finish('b.svg');
    await ready;
    expect(told).toHaveBeenCalledTimes(2);
    expect(atlas.version).toBe(2);
  });
});
