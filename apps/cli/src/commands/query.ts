/**
 * `touchstone query list|show|run|evaluate`: the canned-query library from the command line —
 * its catalogue, one query run read-only with checked parameters (tables or JSON), and every
 * detection query scored against the ground truth of the data set in the database.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CypherLibraryError, defaultLibrary, type CannedQuery, type CypherLibrary } from '@touchstone/cypher';
import {
  checkedParameters,
  DETECTION_COLUMNS,
  DetectionError,
  evaluateLibrary,
  isDetectionQuery,
  ParameterError,
  parametersFromText,
  readGroundTruthFile,
  runDetection,
  runQuery,
} from '@touchstone/detection';
import { PATTERNS } from '@touchstone/domain';
import type { Command } from 'commander';
import { CliError, parseIntOption } from '../cli-error';
import { withDriver } from '../connect';
import { datasetDir } from '../demo-dataset';
import { textTable } from '../text-table';

interface RunOptions {
  param: string[];
  json?: boolean;
  rows: number;
  timeout: number;
}

function library(): CypherLibrary {
  try {
    return defaultLibrary();
  } catch (e) {
    if (e instanceof CypherLibraryError)
      throw new CliError(`the query library does not load: ${e.problems.join('; ')}`);
    throw e;
  }
}

function queryNamed(name: string): CannedQuery {
  const query = library().get(name);
  if (!query) throw new CliError(`no query named "${name.slice(0, 60)}"; see: pnpm touchstone query list`);
  return query;
}

function describeParameter(p: CannedQuery['parameters'][number]): Record<string, unknown> {
  const bounds = p.min !== undefined || p.max !== undefined ? `[${p.min ?? ''}, ${p.max ?? ''}]` : '';
  return {
    parameter: p.name,
    type: p.type,
    default: p.required ? '(required)' : JSON.stringify(p.default),
    bounds,
    meaning: p.description,
  };
}

function listQueries(opts: { json?: boolean }): void {
  const queries = library().queries;
  if (opts.json) {
    console.log(
      JSON.stringify(
        queries.map(({ cypher: _cypher, ...q }) => q),
        null,
        2,
      ),
    );
    return;
  }
  const rows = queries.map((q) => ({ name: q.name, area: q.area, pattern: q.pattern ?? '', title: q.title }));
  console.log(textTable(['name', 'area', 'pattern', 'title'], rows, 70));
  console.log(`\n${queries.length} queries; details: pnpm touchstone query show <name>`);
}

function showQuery(name: string): void {
  const q = queryNamed(name);
  console.log(`${q.name} (${q.area}) — ${q.title}`);
  if (q.pattern) console.log(`pattern: ${q.pattern}: ${PATTERNS[q.pattern]}`);
  console.log(`\n${q.description}\n\nsource: ${q.source}\nreturns: ${q.returns}\n`);
  console.log(
    q.parameters.length
      ? textTable(
          ['parameter', 'type', 'default', 'bounds', 'meaning'],
          q.parameters.map(describeParameter),
          90,
        )
      : 'no parameters',
  );
}

/** The parameters typed on the command line, checked before connecting; a refusal is one line naming each bad value. */
export function queryParameters(query: CannedQuery, pairs: readonly string[]): Record<string, unknown> {
  try {
    const given = parametersFromText(query.parameters, pairs);
    checkedParameters(query, given);
    return given;
  } catch (e) {
    if (e instanceof ParameterError)
      throw new CliError(
        `${e.message.replace(/^detection: /, '')} (see: pnpm touchstone query show ${query.name})`,
      );
    if (e instanceof DetectionError) throw new CliError(e.message.replace(/^detection: /, ''));
    throw e;
  }
}

async function runOne(name: string, opts: RunOptions): Promise<void> {
  const query = queryNamed(name);
  const params = queryParameters(query, opts.param);
  const options = { maxRows: opts.rows, timeoutMs: opts.timeout * 1000 };
  await withDriver(async (driver) => {
    if (isDetectionQuery(query)) {
      const run = await runDetection(driver, query, params, options);
      if (opts.json) {
        const { name: n, params: p, elapsedMs, truncated, detections } = run;
        console.log(
          JSON.stringify(
            { name: n, pattern: query.pattern, params: p, elapsedMs, truncated, detections },
            null,
            2,
          ),
        );
        return;
      }
      const detailColumns = run.columns.filter((c) => !(DETECTION_COLUMNS as readonly string[]).includes(c));
      const rows = run.detections.map((d) => ({
        subject: d.subjectId,
        score: d.score,
        flagged: d.flagged.length,
        evidence: d.evidence.links.length,
        ...d.details,
      }));
      console.log(textTable(['subject', 'score', 'flagged', 'evidence', ...detailColumns], rows));
      console.log(
        `\n${query.pattern}: ${run.detections.length} finding(s) in ${run.elapsedMs} ms${run.truncated ? ` (cut at ${opts.rows} rows)` : ''}; --json for the evidence`,
      );
      return;
    }
    const run = await runQuery(driver, query, params, options);
    if (opts.json) {
      const { name: n, params: p, elapsedMs, truncated, columns, rows } = run;
      console.log(JSON.stringify({ name: n, params: p, elapsedMs, truncated, columns, rows }, null, 2));
      return;
    }
    console.log(textTable(run.columns, run.rows));
    console.log(
      `\n${run.rows.length} row(s) in ${run.elapsedMs} ms${run.truncated ? ` (cut at ${opts.rows} rows)` : ''}`,
    );
  });
}

async function evaluate(opts: { groundTruth?: string; json?: boolean; timeout: number }): Promise<void> {
  const file = opts.groundTruth ? resolve(opts.groundTruth) : join(datasetDir(42, 1), 'ground-truth.json');
  if (!existsSync(file)) {
    throw new CliError(
      `no ground truth at ${file}; give one with --ground-truth, or generate the demo with: pnpm touchstone seed`,
    );
  }
  const truth = await readGroundTruthFile(file);
  const results = await withDriver((driver) =>
    evaluateLibrary(driver, library(), truth, {
      timeoutMs: opts.timeout * 1000,
      onQuery: opts.json ? undefined : (name) => process.stderr.write(`\r\x1b[Kevaluating ${name}…`),
    }),
  );
  if (opts.json) {
    console.log(
      JSON.stringify(
        results.map(({ name, pattern, precision, recall, flagged, expected }) => ({
          name,
          pattern,
          precision,
          recall,
          flagged,
          expected,
        })),
        null,
        2,
      ),
    );
    return;
  }
  process.stderr.write('\r\x1b[K');
  const rows = results.map((r) => ({
    ...r,
    precision: r.precision.toFixed(2),
    recall: r.recall.toFixed(2),
    'look-alikes': r.lookAlikesFlagged.length,
    ms: r.elapsedMs,
    missed: r.missed,
  }));
  console.log(
    textTable(
      ['name', 'pattern', 'precision', 'recall', 'flagged', 'expected', 'look-alikes', 'ms', 'missed'],
      rows,
      60,
    ),
  );
  const perfect = results.filter((r) => r.precision === 1 && r.recall === 1).length;
  console.log(
    `\n${perfect} of ${results.length} detection queries exact against ${file} (seed ${truth.seed ?? '?'}, scale ${truth.scale ?? '?'})`,
  );
}

export function registerQueryCommand(program: Command): void {
  const query = program
    .command('query')
    .description('the canned-query library: list, show, run, evaluate against a ground truth');
  query
    .command('list')
    .description('list the queries of the library')
    .option('--json', 'print the catalogue as JSON (parameters included)')
    .action(listQueries);
  query
    .command('show <name>')
    .description('describe one query: what it finds, its source, its parameters with defaults and bounds')
    .action(showQuery);
  query
    .command('run <name>')
    .description('run one query read-only; parameters not given take their defaults')
    .option(
      '-p, --param <name=value>',
      'a parameter value (repeatable); lists comma-separated',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--json', 'print JSON: detections with their evidence, or the rows')
    .option('--rows <n>', 'most rows read', parseIntOption('--rows', 1, 100_000), 10_000)
    .option('--timeout <s>', 'seconds before the query is stopped', parseIntOption('--timeout', 1, 600), 60)
    .action(runOne);
  query
    .command('evaluate')
    .description('run every detection query at its defaults and score it against a ground truth')
    .option(
      '--ground-truth <file>',
      'ground-truth.json of the data set in the database (default: the demo, seed 42, scale 1)',
    )
    .option('--json', 'print an array of {name, pattern, precision, recall, flagged, expected}')
    .option('--timeout <s>', 'seconds before one query is stopped', parseIntOption('--timeout', 1, 3600), 300)
    .action(evaluate);
}
