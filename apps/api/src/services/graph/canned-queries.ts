/**
 * `cannedQueries` and `runCannedQuery`: the catalogue of the Cypher library with its typed
 * parameters, and the execution of one query — parameters checked against their declarations,
 * a read transaction with a timeout, a row cap, and the entities named in the rows as a graph.
 */
import { defaultLibrary, resolveParameters, type CannedQuery, type CypherLibrary } from '@touchstone/cypher';
import { PATTERNS } from '@touchstone/domain';
import { badInput, notFound } from '../../errors';
import { driverParameters } from '@touchstone/detection';
import { checkInt } from './check-arguments';
import type { GraphContext } from './graph-context';
import type { SerializedGraph } from './graph-shape';
import { graphOfIds, idsIn } from './ids-graph';
import { readRows, type Row } from './read-rows';

/** A catalogue entry: the query without its Cypher text's internals hidden (it is public). */
export interface CannedQueryInfo extends CannedQuery {
  patternDescription: string | null;
}

export interface RunCannedQueryArgs {
  name: string;
  params?: Record<string, unknown> | null;
  /** Most rows returned (default 500, at most 10,000). */
  rowLimit?: number | null;
  /** Seconds before the query is stopped (default 30, at most 120). */
  timeoutSeconds?: number | null;
}

export interface CannedQueryResult {
  name: string;
  columns: string[];
  rows: Row[];
  /** True when the row cap cut the result. */
  truncated: boolean;
  elapsedMs: number;
  /** The parameters the query ran with, defaults filled in. */
  params: Record<string, unknown>;
  /** The entities named in the rows (at most 1,000) and the links among them. */
  graph: SerializedGraph;
}

const MAX_GRAPH_IDS = 1000;

/** The catalogue. */
export function cannedQueries(library: CypherLibrary = defaultLibrary()): CannedQueryInfo[] {
  return library.queries.map((q) => ({ ...q, patternDescription: q.pattern ? PATTERNS[q.pattern] : null }));
}

/** Runs the library query `name`. */
export async function runCannedQuery(
  g: GraphContext,
  args: RunCannedQueryArgs,
  library: CypherLibrary = defaultLibrary(),
): Promise<CannedQueryResult> {
  if (typeof args.name !== 'string' || args.name.length > 100)
    throw badInput('name: give the name of a canned query.', { argument: 'name' });
  const query = library.get(args.name);
  if (!query) throw notFound(`No canned query named ${args.name}; see cannedQueries for the catalogue.`);
  const given = args.params ?? {};
  if (typeof given !== 'object' || Array.isArray(given))
    throw badInput('params must be an object of parameter values.', { argument: 'params' });
  const resolved = resolveParameters(query, given);
  if (!resolved.ok) {
    const text = resolved.issues.map((i) => `${i.parameter} ${i.reason}`).join('; ');
    throw badInput(`params: ${text}.`, { argument: 'params', issues: resolved.issues });
  }
  const rowLimit = checkInt(args.rowLimit, 'rowLimit', 1, 10_000, 500);
  const timeoutSeconds = checkInt(args.timeoutSeconds, 'timeoutSeconds', 1, 120, 30);

  const started = Date.now();
  const { columns, rows, truncated } = await readRows(
    g,
    query.cypher,
    driverParameters(query, resolved.values),
    {
      maxRows: rowLimit,
      timeoutMs: timeoutSeconds * 1000,
    },
  );
  const elapsedMs = Date.now() - started;
  const graph = await graphOfIds(
    g,
    idsIn(
      rows.flatMap((r) => Object.values(r)),
      MAX_GRAPH_IDS,
    ),
    'cannedQuery',
    truncated,
  );
  return { name: query.name, columns, rows, truncated, elapsedMs, params: resolved.values, graph };
}
