/**
 * `bench/render`: the workbench's chart canvas (its drawing programs, settings and reducers) in
 * headless Chromium with software WebGL, against bare sigma with default settings on the same
 * graphs, in the same run: time to first frame, then median / p95 frame time and frames/s of a
 * scripted pan and zoom. The two pages alternate in every round so machine noise hits both.
 *
 *   pnpm --filter @touchstone/web build      # the benchmark pages ship in apps/web/dist
 *   pnpm --filter @touchstone/bench render [-- --sizes 5000x20000,20000x100000 --rounds 3 --frames 120,60]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { scriptArgs } from '../common/cli-args';
import { machineLine } from '../common/machine';
import { PAGES, goals, header, rows, summarise, type Page, type Sample, type Summary } from './figures';
import { serveStatic } from './static-server';

const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    sizes: { type: 'string', default: '5000x20000,20000x100000,50000x200000' },
    rounds: { type: 'string', default: '3' },
    frames: { type: 'string', default: '120' },
    seed: { type: 'string', default: '1' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    dist: { type: 'string', default: fileURLToPath(new URL('../../apps/web/dist/', import.meta.url)) },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const sizes = values.sizes.split(',').map((s) => {
  const [nodes, links] = s.split('x').map(Number);
  if (!nodes || !links) throw new Error(`bench/render: --sizes takes nodes x links, e.g. 20000x100000 (got "${s}")`);
  return { nodes, links };
});
const rounds = Number(values.rounds);
// One count for every size, or one per size (`--frames 120,60,30`) when big charts are slow.
const frameCounts = values.frames.split(',').map(Number);
const framesAt = (i: number) => frameCounts[Math.min(i, frameCounts.length - 1)]!;
const viewport = { width: Number(values.width), height: Number(values.height) };
const out = fileURLToPath(new URL('../out/', import.meta.url));

// The flags the project's browser tests use: software WebGL (SwiftShader), no network chatter.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What a benchmark page exposes as `window.bench` (see apps/web/src/bench/bench-harness.ts). */
interface PageBench {
  order: number;
  size: number;
  buildMs: number;
  createMs: number;
  firstFrameMs: number;
  run(frames: number): Promise<{ intervals: number[]; renders: number[]; moved: number; settleMs: number | null }>;
}
type PageGlobals = { bench?: PageBench; benchError?: string };

async function measure(browser: Browser, url: string, frameCount: number): Promise<Sample> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A big chart is generated while the page loads, which can take longer than the default 30 s.
    await page.goto(url, { waitUntil: 'commit', timeout: 600_000 });
    await page.waitForFunction(
      () => (globalThis as PageGlobals).bench !== undefined || (globalThis as PageGlobals).benchError !== undefined,
      null,
      { timeout: 600_000, polling: 100 },
    );
    const head = await page.evaluate(() => {
      const g = globalThis as PageGlobals;
      if (!g.bench) return { error: g.benchError ?? 'no bench' };
      const { order, size, buildMs, createMs, firstFrameMs } = g.bench;
      return { order, size, buildMs, createMs, firstFrameMs };
    });
    if ('error' in head) throw new Error(`bench/render: ${url} failed: ${head.error} ${errors.join('; ')}`);
    const script = await page.evaluate((n) => (globalThis as PageGlobals).bench!.run(n), frameCount);
    return { ...head, ...script };
  } finally {
    await context.close();
  }
}

async function webglRenderer(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  const name = await page.evaluate(() => {
    type Gl = { getExtension(n: string): { UNMASKED_RENDERER_WEBGL: number } | null; getParameter(p: number): string };
    const doc = (globalThis as unknown as { document: { createElement(t: string): { getContext(k: string): Gl | null } } }).document;
    const gl = doc.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : 'no WebGL 2';
  });
  await page.close();
  return name;
}

async function main(): Promise<void> {
  if (!existsSync(join(values.dist, 'bench.html'))) {
    throw new Error(`bench/render: ${join(values.dist, 'bench.html')} is missing; run \`pnpm --filter @touchstone/web build\` first (or pass --dist).`);
  }
  const server = await serveStatic(values.dist);
  const browser = await chromium.launch({ executablePath: values.chromium, args: CHROMIUM_ARGS });
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    // The workbench as users get it (moving its last picture while drawings are slow), the same
    // canvas drawing every frame (its drawing cost against bare sigma's), and bare sigma.
    const pages: Record<Page, string> = {
      workbench: `${server.url}/bench.html?`,
      redraw: `${server.url}/bench.html?motion=redraw&`,
      peer: `${server.url}/bench-peer.html?`,
    };
    say(`bench/render: ${rounds} rounds × ${frameCounts.join('/')} frames of scripted pan and zoom, viewport ${viewport.width}×${viewport.height}, seed ${values.seed}`);
    say(`browser: Chromium ${browser.version()}, WebGL: ${await webglRenderer(browser, pages.peer)}`);
    // Warm-up: shader compilation and the first page load are paid once, not by whichever page goes first.
    for (const url of Object.values(pages)) await measure(browser, `${url}nodes=1000&links=4000&seed=2`, 10);
    say();

    const summaries: Summary[] = [];
    for (const [index, { nodes, links }] of sizes.entries()) {
      const samples: Record<Page, Sample[]> = { workbench: [], redraw: [], peer: [] };
      for (let round = 0; round < rounds; round++) {
        // Rotate which page goes first, so a slow spell on the machine does not favour one.
        const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]!);
        for (const which of order) {
          const sample = await measure(browser, `${pages[which]}nodes=${nodes}&links=${links}&seed=${values.seed}`, framesAt(index));
          samples[which].push(sample);
          const mid = [...sample.intervals].sort((a, b) => a - b)[sample.intervals.length >> 1]!;
          console.error(`  ${nodes}/${links} round ${round + 1} ${which}: first frame ${sample.firstFrameMs.toFixed(0)} ms, median frame ${mid.toFixed(1)} ms`);
        }
      }
      const summary = summarise(`${nodes / 1000}k/${links / 1000}k`, samples);
      summaries.push(summary);
      if (summaries.length === 1) say(header());
      for (const line of rows(summary)) say(line);
    }
    say();
    for (const line of goals(summaries)) say(line);
    say();
    say(machineLine());
  } finally {
    await browser.close();
    await server.close();
    // Whatever was measured is kept, even when a later size fails.
    mkdirSync(out, { recursive: true });
    const file = join(out, `render-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    console.log(`figures written to ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
