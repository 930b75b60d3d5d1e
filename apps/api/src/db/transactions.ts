/**
 * Managed read and write transactions for the API's own stores (users, cases, charts, audit):
 * sessions are always closed, reads go to readers, and every transaction carries a timeout so a
 * slow database cannot hold a request forever.
 */
import { defaultDatabase } from '@touchstone/neo4j';
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from 'neo4j-driver';

/** Default server-side timeout of the API's own transactions. */
export const STORE_TX_TIMEOUT_MS = 10_000;

/** Runs `work` in a read transaction. */
export async function readTx<T>(
  driver: Driver,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs = STORE_TX_TIMEOUT_MS,
): Promise<T> {
  const session = driver.session({ database: defaultDatabase(), defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(work, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** Runs `work` in a write transaction. */
export async function writeTx<T>(
  driver: Driver,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs = STORE_TX_TIMEOUT_MS,
): Promise<T> {
  const session = driver.session({ database: defaultDatabase(), defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** The records of one read query. */
export const readRecords = (
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> => readTx(driver, async (tx) => (await tx.run(query, params)).records);

/** The records of one write query. */
export const writeRecords = (
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Neo4jRecord[]> => writeTx(driver, async (tx) => (await tx.run(query, params)).records);

/** A driver integer (or number) as a JS number; null stays null. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : Number(value);
}

/** A whole number as a driver integer, so Cypher sees an INTEGER and not a FLOAT (`LIMIT $n`). */
export const int = (n: number) => neo4j.int(Math.trunc(n));
