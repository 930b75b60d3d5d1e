/**
 * The import pipeline: stream each file, validate every record, group valid records by type
 * into batches and write them. Entities are written before links so every link finds its ends.
 * Invalid records are reported with file, line, field and reason; by default the rest goes on,
 * in strict mode nothing is written unless every record is valid. When accounts, transactions or
 * their links were written, their money flows are rebuilt at the end (@touchstone/neo4j money-flows).
 */
import { basename } from 'node:path';
import { validateEntity, validateLink, type EntityRecord, type LinkRecord } from '@touchstone/domain';
import { MONEY_FLOW_SOURCES, refreshMoneyFlows } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { addRecord, newBatch, type Batch } from './batch';
import { writeBatch } from './batch-writer';
import { readJsonLines, type JsonLine } from './read-json-lines';
import {
  ImportError,
  emptyCounts,
  type ImportCounts,
  type ImportIssue,
  type ImportProgress,
  type ImportReport,
} from './report';

/** Import options. */
export interface ImportOptions {
  /** Records per transaction (default 2000: larger batches measured slower, with more garbage per transaction). */
  batchSize?: number;
  /**
   * Batches written at once: one number for both kinds, or one per kind. The default writes
   * entity batches one at a time and link batches two at a time: concurrent entity batches
   * contend on the unique id index and the full-text index (measured ~40% more Neo4j CPU per
   * entity, and slower), while link batches gain from overlapping.
   */
  concurrency?: number | Concurrency;
  /** Write nothing unless every record is valid; stop at a dangling link. */
  strict?: boolean;
  /** Issues kept in the report (default 1000); all are counted. */
  maxIssues?: number;
  database?: string;
  onProgress?: (progress: ImportProgress) => void;
}

/** Batches of each kind written at once. */
export interface Concurrency {
  entities: number;
  links: number;
}

/** The default: entity batches one at a time, link batches two at a time. */
export const DEFAULT_CONCURRENCY: Readonly<Concurrency> = { entities: 1, links: 2 };

/** The number of batches of `kind` written at once under `option`. */
export function concurrencyOf(option: ImportOptions['concurrency'], kind: 'entity' | 'link'): number {
  const value = option ?? DEFAULT_CONCURRENCY;
  const n = typeof value === 'number' ? value : kind === 'entity' ? value.entities : value.links;
  if (!Number.isInteger(n) || n < 1)
    throw new ImportError(`concurrency must be a whole number of at least 1, got ${n}`);
  return n;
}

/** The files to import: entity files first, then link files (JSON Lines). */
export interface ImportSources {
  entities: readonly string[];
  links: readonly string[];
}

type Kind = 'entity' | 'link';

class Run {
  readonly report: ImportReport = {
    entities: emptyCounts(),
    links: emptyCounts(),
    issues: [],
    issueCount: 0,
    stopped: false,
    durationMs: 0,
  };
  /** Whether a batch of accounts, transactions or their links was written (their flows need a refresh). */
  moneyWritten = false;
  private readonly started = Date.now();
  private lastProgress = 0;
  constructor(
    readonly driver: Driver,
    readonly options: Required<Pick<ImportOptions, 'batchSize' | 'strict' | 'maxIssues'>> & ImportOptions,
  ) {}

  counts(kind: Kind): ImportCounts {
    return kind === 'entity' ? this.report.entities : this.report.links;
  }

  addIssues(issues: readonly ImportIssue[], counts: ImportCounts): void {
    counts.invalid += issues.length;
    this.report.issueCount += issues.length;
    for (const issue of issues)
      if (this.report.issues.length < this.options.maxIssues) this.report.issues.push(issue);
  }

  progress(phase: ImportProgress['phase'], file: string, counts: ImportCounts, force = false): void {
    const now = Date.now();
    if (!this.options.onProgress || (!force && now - this.lastProgress < 500)) return;
    this.lastProgress = now;
    this.options.onProgress({ phase, file, ...counts, elapsedMs: now - this.started });
  }

  finish(): ImportReport {
    this.report.durationMs = Date.now() - this.started;
    return this.report;
  }
}

/** Parses and validates one line: the record, or issues located at its file and line. */
function check(
  kind: Kind,
  item: JsonLine,
  file: string,
): { record: EntityRecord | LinkRecord } | { issues: ImportIssue[] } {
  if (item.error !== undefined)
    return { issues: [{ file, line: item.line, field: '(line)', reason: item.error }] };
  const checked = kind === 'entity' ? validateEntity(item.value) : validateLink(item.value);
  if (checked.ok) return { record: checked.record };
  const id = (item.value as { id?: unknown }).id;
  const recordId = typeof id === 'string' ? id.slice(0, 100) : undefined;
  return { issues: checked.issues.map((i) => ({ file, line: item.line, recordId, ...i })) };
}

/** Strict mode's first pass: validates every record of a file, writing nothing. */
async function validateFile(run: Run, kind: Kind, file: string): Promise<void> {
  const name = basename(file);
  for await (const item of readJsonLines(file)) {
    const result = check(kind, item, name);
    if ('issues' in result) run.addIssues(result.issues, run.counts(kind));
  }
}

/** Reads, validates and writes one file. */
async function importFile(run: Run, kind: Kind, file: string): Promise<void> {
  const counts = run.counts(kind);
  const name = basename(file);
  const phase = kind === 'entity' ? 'entities' : 'links';
  const buckets = new Map<string, Batch>();
  const inFlight = new Set<Promise<void>>();
  const concurrency = concurrencyOf(run.options.concurrency, kind);
  let failure: unknown;

  const flush = async (batch: Batch) => {
    buckets.delete(batch.type);
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) return;
    if (MONEY_FLOW_SOURCES.has(batch.type)) run.moneyWritten = true;
    const write = writeBatch(run.driver, batch, run.options.strict, run.options.database).then(
      (result) => {
        counts.written += result.written;
        run.addIssues(result.issues, counts);
        if (result.issues.length && run.options.strict) run.report.stopped = true;
        run.progress(phase, name, counts);
      },
      (e: unknown) => {
        const first = batch.lines[0]!;
        const last = batch.lines[batch.lines.length - 1]!;
        failure ??= new ImportError(
          `writing ${batch.type} records from ${name} lines ${first}–${last} failed, that batch wrote nothing (${(e as Error).message}); ` +
            'records written before it are complete and the import can be re-run safely',
          run.report,
        );
      },
    );
    const tracked = write.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  };

  for await (const item of readJsonLines(file)) {
    if (failure || run.report.stopped) break;
    counts.read++;
    const checked = check(kind, item, name);
    if ('issues' in checked) {
      run.addIssues(checked.issues, counts);
      continue;
    }
    const { type } = checked.record;
    let batch = buckets.get(type);
    if (!batch) buckets.set(type, (batch = newBatch(kind, type, name)));
    addRecord(batch, checked.record, item.line);
    if (batch.rows.length >= run.options.batchSize) await flush(batch);
  }
  for (const batch of [...buckets.values()]) if (!failure && !run.report.stopped) await flush(batch);
  await Promise.all(inFlight);
  run.progress(phase, name, counts, true);
  if (failure) throw failure;
}

/** Imports entity files, then link files, into Neo4j. Throws ImportError when the database fails. */
export async function importFiles(
  driver: Driver,
  sources: ImportSources,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const run = new Run(driver, { batchSize: 2000, strict: false, maxIssues: 1000, ...options });
  // A bad concurrency option fails here, before anything is written.
  for (const kind of ['entity', 'link'] as const) concurrencyOf(run.options.concurrency, kind);
  if (run.options.strict) {
    for (const file of sources.entities) await validateFile(run, 'entity', file);
    for (const file of sources.links) await validateFile(run, 'link', file);
    if (run.report.issueCount > 0) {
      run.report.stopped = true;
      return run.finish();
    }
  }
  const refresh = () => refreshMoneyFlows(driver, { database: options.database });
  try {
    for (const file of sources.entities) if (!run.report.stopped) await importFile(run, 'entity', file);
    for (const file of sources.links) if (!run.report.stopped) await importFile(run, 'link', file);
  } catch (e) {
    // The batches written before the failure get their flows; if even that fails, their marks
    // stay for the next import or migration.
    if (run.moneyWritten) await refresh().catch(() => undefined);
    throw e;
  }
  if (run.moneyWritten) await refresh();
  return run.finish();
}
