/**
 * Reading the chart in the page the way a test needs to: which entities and links it shows,
 * where an entity is drawn on screen (to click it like a user), and waiting for entities.
 */
import type { Page } from 'playwright-core';

interface ProbeWindow {
  touchstone: {
    chart: {
      graph: {
        nodes(): string[];
        edges(): string[];
        hasNode(k: string): boolean;
        getNodeAttributes(k: string): Record<string, unknown>;
        extremities(k: string): [string, string];
        getEdgeAttributes(k: string): Record<string, unknown>;
      };
    };
    renderer(): {
      getNodeDisplayData(k: string): { x: number; y: number } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    } | null;
  };
}

/** The node keys on the chart. */
export const chartNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as ProbeWindow).touchstone.chart.graph.nodes());

/** Each node with its position, colour, size and hidden flag, by key. */
export const chartLayout = (page: Page) =>
  page.evaluate(() => {
    const g = (window as unknown as ProbeWindow).touchstone.chart.graph;
    return Object.fromEntries(
      g.nodes().map((k) => {
        const a = g.getNodeAttributes(k);
        return [k, { x: a.x, y: a.y, color: a.color, size: a.size, hidden: a.hidden === true }];
      }),
    );
  });

/** Money edges on the chart as `from>to` pairs. */
export const moneyPairs = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const g = (window as unknown as ProbeWindow).touchstone.chart.graph;
    return g
      .edges()
      .filter((e) => g.getEdgeAttributes(e).linkType === 'PAID')
      .map((e) => g.extremities(e).join('>'));
  });

/** Waits until every key is on the chart. */
export async function waitForNodes(page: Page, keys: string[], timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => wanted.every((k) => (window as unknown as ProbeWindow).touchstone.chart.graph.hasNode(k)),
    keys,
    { timeout },
  );
}

/** Where an entity is drawn, in page coordinates (the canvas's offset added). */
export async function screenPositionOf(page: Page, key: string): Promise<{ x: number; y: number }> {
  const inCanvas = await page.evaluate((k) => {
    const r = (window as unknown as ProbeWindow).touchstone.renderer();
    const d = r?.getNodeDisplayData(k);
    // Display data are in sigma's framed coordinates, not the chart's own.
    return r && d ? r.framedGraphToViewport(d) : null;
  }, key);
  if (!inCanvas) throw new Error(`${key} is not drawn on the chart`);
  const box = (await page.locator('[data-testid="graph-canvas"]').boundingBox())!;
  return { x: box.x + inCanvas.x, y: box.y + inCanvas.y };
}
