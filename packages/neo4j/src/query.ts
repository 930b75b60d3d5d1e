// Reads and writes always run as managed transactions (session.executeRead / executeWrite): the
// driver retries them on transient errors and, with a neo4j:// URI, routes reads to followers and
// writes to the leader. Results come back as plain objects (see to-plain).
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { defaultDatabase } from './connection';
import { toPlain } from './to-plain';

export interface QueryOptions {
  /** Database name; defaults to NEO4J_DATABASE, else the server's default database. */
  database?: string;
  /** Server-side transaction timeout; the server's own limit applies when unset. */
  timeoutMs?: number;
  /** Attached to the transaction, visible in `SHOW TRANSACTIONS` and the query log. */
  metadata?: Record<string, unknown>;
}

export type PlainRecord = Record<string, unknown>;

async function runManaged<T extends PlainRecord>(
  driver: Driver,
  mode: 'read' | 'write',
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions,
): Promise<T[]> {
  const session = driver.session({
    database: options.database ?? defaultDatabase(),
    defaultAccessMode: mode === 'read' ? 'READ' : 'WRITE',
  });
  const config = { timeout: options.timeoutMs, metadata: options.metadata };
  const work = async (tx: ManagedTransaction) => {
    const result = await tx.run(cypher, params);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  };
  try {
    return mode === 'read'
      ? await session.executeRead(work, config)
      : await session.executeWrite(work, config);
  } finally {
    await session.close();
  }
}

export function readQuery<T extends PlainRecord = PlainRecord>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<T[]> {
  return runManaged<T>(driver, 'read', cypher, params, options);
}

export function writeQuery<T extends PlainRecord = PlainRecord>(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
  options: QueryOptions = {},
): Promise<T[]> {
  return runManaged<T>(driver, 'write', cypher, params, options);
}
