/**
 * Writes batches of validated records, one managed write transaction per batch, so a batch that
 * fails writes nothing. Up to `concurrency` batches are in flight while the next one is read.
 */
import type { EntityTypeName, LinkTypeName } from '@touchstone/domain';
import type { Driver } from 'neo4j-driver';
import type { ImportIssue, RecordOrigin } from './report';
import { entityWriteStatement, linkWriteStatement } from './write-statements';

/** A batch of records of one type with where each came from. */
export interface Batch {
  kind: 'entity' | 'link';
  type: string;
  rows: Record<string, unknown>[];
  origins: RecordOrigin[];
}

/** Raised inside a transaction to roll a strict-mode batch back. */
class MissingEndpoints extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super('links point at entities that do not exist');
  }
}

/** The result of writing one batch: rows written, and issues for rows that could not be. */
export interface BatchResult {
  written: number;
  issues: ImportIssue[];
}

async function missingIds(driver: Driver, ids: string[], database?: string): Promise<Set<string>> {
  const result = await driver.executeQuery(
    'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing',
    { ids },
    { database, routing: 'READ' },
  );
  return new Set(result.records[0]?.get('missing') as string[]);
}

async function endpointIssues(driver: Driver, batch: Batch, unwritten: number[], database?: string): Promise<ImportIssue[]> {
  const ids = unwritten.flatMap((i) => [batch.rows[i]!.from as string, batch.rows[i]!.to as string]);
  const missing = await missingIds(driver, [...new Set(ids)], database);
  return unwritten.map((i) => {
    const row = batch.rows[i]!;
    const end = missing.has(row.from as string) ? 'from' : 'to';
    return { ...batch.origins[i]!, recordId: row.id as string, field: end, reason: `no entity with id "${row[end]}" exists` };
  });
}

/** Writes one batch; in strict mode a batch with a dangling link is rolled back whole. */
export async function writeBatch(driver: Driver, batch: Batch, strict: boolean, database?: string): Promise<BatchResult> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    if (batch.kind === 'entity') {
      const cypher = entityWriteStatement(batch.type as EntityTypeName);
      const written = await session.executeWrite(async (tx) => (await tx.run(cypher, { rows: batch.rows })).records[0]!.get('written'));
      return { written: Number(written), issues: [] };
    }
    const cypher = linkWriteStatement(batch.type as LinkTypeName);
    const rows = batch.rows.map((row, at) => ({ ...row, at }));
    const unwritten = await session.executeWrite(async (tx) => {
      const written = new Set(((await tx.run(cypher, { rows })).records[0]!.get('written') as unknown[]).map(Number));
      const missing = rows.map((_, i) => i).filter((i) => !written.has(i));
      if (strict && missing.length) throw new MissingEndpoints(await endpointIssues(driver, batch, missing, database));
      return missing;
    });
    const issues = unwritten.length ? await endpointIssues(driver, batch, unwritten, database) : [];
    return { written: batch.rows.length - unwritten.length, issues };
  } catch (e) {
    if (e instanceof MissingEndpoints) return { written: 0, issues: e.issues };
    throw e;
  } finally {
    await session.close();
  }
}
