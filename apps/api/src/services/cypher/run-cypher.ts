/**
 * Runs an analyst's ad-hoc Cypher: text guard, then — in one read transaction with a timeout —
 * the user's restricted scope, the EXPLAIN plan guard, and the query itself, streamed and cut at
 * the row cap. Records the user may not see are withheld from the rows; the result's graph holds
 * the nodes and links found in them.
 */
import { Neo4jError, type Driver, type Node, type Record as Neo4jRecord } from 'neo4j-driver';
import { readTx } from '../../db/transactions';
import { badInput, forbidden, timeout } from '../../errors';
import type { SerializedGraph } from '../graph/graph-shape';
import type { Plain } from '../graph/graph-shape';
import { planViolation, type PlanNode } from './cypher-plan-guard';
import { toCypherParams } from './cypher-params';
import { addLinks, toCypherRows } from './cypher-rows';
import { checkCypherText } from './cypher-text-guard';
import { readRestrictedScope } from './restricted-scope';

/** Bounds of an ad-hoc query. */
export const CYPHER_LIMITS = {
  maxRows: 5000,
  defaultRows: 500,
  maxTimeoutSeconds: 60,
  defaultTimeoutSeconds: 20,
} as const;

/** What an ad-hoc query returns. */
export interface CypherResult {
  columns: string[];
  rows: { [column: string]: Plain }[];
  truncated: boolean;
  withheldRows: number;
  graph: SerializedGraph;
}

/** Extra time the database gets to stop a timed-out query itself before the API answers. */
const DEADLINE_GRACE_MS = 1500;

const FETCH_ENDS = `MATCH (n:Entity) WHERE elementId(n) IN $ids AND (n.caseId IS NULL OR n.caseId IN $visible) RETURN n`;
const CLIENT_ERRORS =
  /^Neo\.ClientError\.(Statement|Procedure)\.|ParameterMissing|TypeError|ArgumentError|SemanticError|SyntaxError/;

/** Runs `query` for a user who may see `visibleCaseIds`. */
export async function runCypher(
  driver: Driver,
  input: {
    query: string;
    params?: unknown;
    rowLimit: number;
    timeoutSeconds: number;
    visibleCaseIds: readonly string[];
  },
): Promise<CypherResult> {
  checkCypherText(input.query);
  const params = toCypherParams(input.params);
  const query = input.query.trim().replace(/;\s*$/, '');
  const visible = [...input.visibleCaseIds];
  // Neo4j checks its transaction timeout between steps of work, not inside one long expression,
  // so the API also keeps its own deadline and answers TIMEOUT even while the database finishes.
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), input.timeoutSeconds * 1000 + DEADLINE_GRACE_MS);
  });
  const work = readTx(
    driver,
    async (tx) => {
      const scope = await readRestrictedScope(tx, visible);
      const explained = await tx.run(`EXPLAIN ${query}`, params);
      const violation = planViolation(explained.summary.queryType, explained.summary.plan as PlanNode, scope);
      if (violation) throw forbidden(violation);
      const records: Neo4jRecord[] = [];
      const result = tx.run(query, params);
      const columns = [...(await result.keys())].map(String);
      for await (const record of result) {
        records.push(record);
        if (records.length > input.rowLimit) break;
      }
      const truncated = records.length > input.rowLimit;
      const rows = toCypherRows(records.slice(0, input.rowLimit), columns, visible);
      if (rows.missingEnds.size) {
        const ends = await tx.run(FETCH_ENDS, { ids: [...rows.missingEnds], visible });
        addLinks(
          rows,
          ends.records.map((r) => r.get('n') as Node),
        );
      } else addLinks(rows, []);
      return {
        columns,
        rows: rows.rows,
        truncated,
        withheldRows: rows.withheldRows,
        graph: rows.builder.build('cypher', truncated),
      };
    },
    input.timeoutSeconds * 1000,
  );
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } catch (e) {
    if (e instanceof Neo4jError && CLIENT_ERRORS.test(e.code) && !/Timed?Out|Terminated/i.test(e.code)) {
      const first = e.message.split('\n')[0]!.slice(0, 400);
      throw badInput(`The query is not valid Cypher: ${first}`, { field: 'query' });
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
}
