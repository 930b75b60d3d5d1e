/**
 * Runs one read query in a managed read transaction with a timeout, binding the viewer's cases
 * as `$visibleCaseIds`, and returns plain rows. With a row cap it stops reading after the cap and
 * says the result was cut, instead of streaming an unbounded result into memory. Inside
 * `inOneRead` it runs in the operation's shared transaction instead.
 */
import { toPlain } from '@touchstone/neo4j';
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphContext } from './graph-context';
import { inOneRead } from './one-read';
import type { Plain } from './graph-shape';

/** A row: column name to plain value. */
export type Row = { [column: string]: Plain };

/** Options of one read. */
export interface ReadOptions {
  /** Transaction timeout in milliseconds (default 30 s); inside `inOneRead`, that one's applies. */
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
  const read = async (tx: ManagedTransaction): Promise<ReadResult> => {
    const rows: Row[] = [];
    let columns: string[] = [];
    let truncated = false;
    const result = tx.run(cypher, { ...params, visibleCaseIds: [...g.visibleCaseIds] });
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
  // Within an operation's shared transaction (one-read.ts) the read joins it; alone, it is one.
  return inOneRead(g, (shared) => read(shared.tx!), options.timeoutMs);
}
