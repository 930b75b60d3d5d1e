/**
 * Runs one read query with a timeout, binding the viewer's cases as `$visibleCaseIds`, and
 * returns plain rows. With a row cap it stops reading after the cap and says the result was cut,
 * instead of streaming an unbounded result into memory.
 *
 * Each read is an auto-commit transaction of a read session: Neo4j refuses writes in it as in a
 * managed read transaction, and without the BEGIN and COMMIT messages it costs about half the
 * client and server CPU, which for the small reads of a chart is most of their cost. An
 * operation's reads therefore do not share a transaction; none of them needs another's snapshot.
 */
import { toPlain } from '@touchstone/neo4j';
import type { Result } from 'neo4j-driver';
import type { GraphContext } from './graph-context';
import type { Plain } from './graph-shape';

/** A row: column name to plain value. */
export type Row = { [column: string]: Plain };

/** Options of one read. */
export interface ReadOptions {
  /** Transaction timeout in milliseconds (default 30 s). */
  timeoutMs?: number;
  /** Read at most this many rows; `truncated` tells whether more were there. */
  maxRows?: number;
}

/** Rows read, the columns, and whether the row cap cut them. */
export interface ReadResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

/** Runs `cypher` read-only. Parameters must already be driver values (integers as `neo4j.int`). */
export async function readRows(
  g: GraphContext,
  cypher: string,
  params: Record<string, unknown>,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const read = async (result: Result): Promise<ReadResult> => {
    const rows: Row[] = [];
    let columns: string[] = [];
    let truncated = false;
    for await (const record of result) {
      if (rows.length >= maxRows) {
        truncated = true;
        break;
      }
      columns = record.keys as string[];
      const row: Row = {};
      for (const key of columns) row[key] = toPlain(record.get(key)) as Plain;
      rows.push(row);
    }
    if (!columns.length) columns = (await result.keys()) as string[];
    return { columns, rows, truncated };
  };
  const bound = { ...params, visibleCaseIds: [...g.visibleCaseIds] };
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'READ' });
  try {
    return await read(session.run(cypher, bound, { timeout: options.timeoutMs ?? 30_000 }));
  } finally {
    await session.close();
  }
}
