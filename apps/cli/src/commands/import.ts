/**
 * `touchstone import`: loads JSON Lines records (a data set folder or entity and link files)
 * through the importer, printing progress and every rejected record with file and line.
 */
import { existsSync, statSync } from 'node:fs';
import { formatIssue, importDataset, importFiles, type ImportReport } from '@touchstone/importer';
import type { Command } from 'commander';
import { CliError, parseIntOption } from '../cli-error';
import { withDriver } from '../connect';
import { progressPrinter, rate } from '../progress-line';

/** Prints the outcome of an import; returns true when it was clean. */
export function printImportReport(report: ImportReport): boolean {
  const { entities: e, links: l } = report;
  console.log(
    `imported ${e.written.toLocaleString('en-US')} entities and ${l.written.toLocaleString('en-US')} links in ` +
      `${(report.durationMs / 1000).toFixed(1)} s (${rate(e.written + l.written, report.durationMs)})`,
  );
  if (report.issueCount > 0) {
    console.error(`${report.issueCount} record(s) rejected${report.stopped ? '; strict mode: nothing more was written' : ''}:`);
    for (const issue of report.issues) console.error(`  ${formatIssue(issue)}`);
    if (report.issueCount > report.issues.length) console.error(`  … and ${report.issueCount - report.issues.length} more`);
  }
  return report.issueCount === 0;
}

/** Progress callback printing a live line. */
export function importProgress() {
  const line = progressPrinter();
  return {
    onProgress: (p: { phase: string; file: string; read: number; written: number; invalid: number; elapsedMs: number }) =>
      line.update(`${p.phase} ${p.file}: ${p.read.toLocaleString('en-US')} read, ${p.written.toLocaleString('en-US')} written, ${p.invalid} rejected (${rate(p.written, p.elapsedMs)})`),
    done: () => line.done(),
  };
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import JSON Lines records: a data set folder (entities.jsonl + links.jsonl) or entity files then --links files')
    .argument('<path...>', 'a data set folder, or entity record files')
    .option('--links <files...>', 'link record files (imported after the entity files)')
    .option('--strict', 'write nothing unless every record is valid')
    .option('--batch-size <n>', 'records per transaction', parseIntOption('--batch-size', 1, 100_000), 2000)
    .action(async (paths: string[], opts: { links?: string[]; strict?: boolean; batchSize: number }) => {
      for (const p of [...paths, ...(opts.links ?? [])]) if (!existsSync(p)) throw new CliError(`${p} does not exist`);
      const progress = importProgress();
      const options = { strict: opts.strict, batchSize: opts.batchSize, onProgress: progress.onProgress };
      const report = await withDriver((driver) =>
        paths.length === 1 && statSync(paths[0]!).isDirectory() && !opts.links
          ? importDataset(driver, paths[0]!, options)
          : importFiles(driver, { entities: paths, links: opts.links ?? [] }, options),
      );
      progress.done();
      if (!printImportReport(report)) process.exitCode = 1;
    });
}
