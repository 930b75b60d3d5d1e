/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Checks of exported files, done with the browser's own decoders: a PNG is decoded by Chromium
 * and its pixels counted; a GraphML file is parsed by DOMParser.
 */
import type { Page } from 'playwright-core';

/** Size of a decoded image, how many colours it has and the share of pixels unlike its corner. */
export async function decodedImageStats(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const background = [data[0], data[1], data[2]];
    const colours = new Set<number>();
    let different = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i] !== background[0] || data[i + 1] !== background[1] || data[i + 2] !== background[2]) different++;
    }
    return {
      width: bitmap.width,
      height: bitmap.height,
      distinctColours: colours.size,
      nonBackgroundShare: different / (data.length / 4),
    };
  }, bytes.toString('base64'));
}

/** The node ids and the number of edges of a GraphML document; throws when it does not parse. */
export async function parsedGraphMl(page: Page, text: string): Promise<{ nodes: string[]; edges: number }> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('the GraphML does not parse');
    return {
      nodes: [...doc.getElementsByTagName('node')].map((n) => n.getAttribute('id')!),
      edges: doc.getElementsByTagName('edge').length,
    };
  }, text);
}
