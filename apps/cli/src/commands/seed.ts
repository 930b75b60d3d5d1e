/**
 * `touchstone seed`: generates the demo investigation for a seed and scale (deterministic) and
 * imports it, printing where the data and its ground truth are.
 */
import { join, resolve } from 'node:path';
import { importDataset } from '@touchstone/importer';
import type { Command } from 'commander';
import { parseIntOption } from '../cli-error';
import { withDriver } from '../connect';
import { datasetDir, ensureDataset, markImported } from '../demo-dataset';
import { progressPrinter } from '../progress-line';
import { importProgress, printImportReport } from './import';

interface SeedOptions {
  scale: number;
  seed: number;
  out?: string;
  import: boolean;
}

/** Generates (if needed) and imports the demo data set; returns false when records were rejected. */
export async function seedDemo(opts: SeedOptions): Promise<boolean> {
  const dir = opts.out ? resolve(opts.out) : datasetDir(opts.seed, opts.scale);
  const line = progressPrinter();
  const manifest = await ensureDataset(dir, opts.seed, opts.scale, (text) => line.update(text));
  line.done(`data set (seed ${opts.seed}, scale ${opts.scale}): ${manifest.totals.entities.toLocaleString('en-US')} entities, ${manifest.totals.links.toLocaleString('en-US')} links in ${dir}`);
  console.log(`ground truth: ${join(dir, 'ground-truth.json')}`);
  if (!opts.import) return true;
  return withDriver(async (driver) => {
    const progress = importProgress();
    const report = await importDataset(driver, dir, { onProgress: progress.onProgress });
    progress.done();
    const clean = printImportReport(report);
    if (clean) await markImported(driver, manifest, report.entities.written, report.links.written);
    return clean;
  });
}

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('generate the demo investigation (same seed, same data) and import it')
    .option('--scale <n>', 'multiply the world, same mix (1 ≈ 15k entities)', parseIntOption('--scale', 1, 1000), 1)
    .option('--seed <s>', 'random seed', parseIntOption('--seed', 0, 2 ** 31 - 1), 42)
    .option('--out <dir>', 'where to write the data set (default seed/out/demo-seed<S>-scale<N>)')
    .option('--no-import', 'only generate the files')
    .action(async (opts: SeedOptions) => {
      if (!(await seedDemo(opts))) process.exitCode = 1;
    });
}
