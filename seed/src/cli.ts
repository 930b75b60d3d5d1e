/**
 * Command line: `tsx src/cli.ts --out <dir> [--seed 42] [--scale 1]` writes a dataset folder and
 * prints its counts, time and peak memory (the figures quoted in the README).
 */
import { resolve } from 'node:path';
import { writeDataset } from './output/write-dataset';

function option(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const out = option('out');
if (!out) {
  console.error('usage: tsx src/cli.ts --out <dir> [--seed 42] [--scale 1]');
  process.exit(2);
}
const seed = Number(option('seed', '42'));
const scale = Number(option('scale', '1'));
const started = performance.now();
let peak = process.memoryUsage().rss;
const manifest = await writeDataset(resolve(out), {
  seed,
  scale,
  onProgress: (p) => {
    peak = Math.max(peak, process.memoryUsage().rss);
    if (p.block === p.blocks || p.block % 10 === 0) {
      console.error(
        `block ${p.block}/${p.blocks}: ${p.entities.toLocaleString('en-US')} entities, ${p.links.toLocaleString('en-US')} links`,
      );
    }
  },
});
const seconds = (performance.now() - started) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  JSON.stringify(
    {
      seed,
      scale,
      totals: manifest.totals,
      seconds: Number(seconds.toFixed(1)),
      peakRssMb: Math.round(peak / 2 ** 20),
      sha256: manifest.sha256,
    },
    null,
    2,
  ),
);
