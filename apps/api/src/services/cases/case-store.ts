/**
 * Cases in Neo4j: `(:Case {id, title, description, status, createdAt, createdBy, updatedAt})`
 * with `(:Case)-[:HAS_MEMBER {role, addedAt, addedBy}]->(:User)`. Reads take the caller's
 * memberships as a parameter, so a case outside them is never returned whatever the caller asks.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { int, readRecords, writeRecords } from '../../db/transactions';
import type { CaseRole } from '../../access/case-access';
import { forgetUser } from '../../auth/user-cache';
import type { CaseStatus } from './case-input';

/** A case as the API returns it (members, entities and charts are resolved on demand). */
export interface CaseRecord {
  id: string;
  title: string;
  description: string | null;
  status: CaseStatus;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export const CASE_FIELDS = `c.id AS id, c.title AS title, c.description AS description, c.status AS status,
  toString(c.createdAt) AS createdAt, c.createdBy AS createdBy, toString(c.updatedAt) AS updatedAt`;

export function toCase(r: Neo4jRecord): CaseRecord {
  return {
    id: String(r.get('id')),
    title: String(r.get('title')),
    description: (r.get('description') as string | null) ?? null,
    status: r.get('status') as CaseStatus,
    createdAt: String(r.get('createdAt')),
    createdBy: String(r.get('createdBy')),
    updatedAt: String(r.get('updatedAt')),
  };
}

/** Opens a case with its creator as LEAD. */
export async function createCase(
  driver: Driver,
  creator: string,
  title: string,
  description: string | null,
): Promise<CaseRecord> {
  const [record] = await writeRecords(
    driver,
    `MATCH (u:User {name: $creator})
     CREATE (c:Case {id: $id, title: $title, description: $description, status: 'OPEN',
                     createdAt: datetime(), createdBy: $creator, updatedAt: datetime()})
     CREATE (c)-[:HAS_MEMBER {role: 'LEAD', addedAt: datetime(), addedBy: $creator}]->(u)
     RETURN ${CASE_FIELDS}`,
    { id: `case-${randomUUID()}`, creator, title, description },
  );
  if (!record) throw new Error('cases: the creator is not a stored user');
  // The creator is LEAD of the new case from their next request on.
  forgetUser(driver, creator);
  return toCase(record);
}

/** Changes a case's title, description or status (fields left undefined are kept). */
export async function updateCase(
  driver: Driver,
  id: string,
  changes: { title?: string; description?: string | null; status?: CaseStatus },
): Promise<CaseRecord | undefined> {
  const [record] = await writeRecords(
    driver,
    `MATCH (c:Case {id: $id})
     SET c.title = CASE WHEN $setTitle THEN $title ELSE c.title END,
         c.description = CASE WHEN $setDescription THEN $description ELSE c.description END,
         c.status = CASE WHEN $setStatus THEN $status ELSE c.status END,
         c.updatedAt = datetime()
     RETURN ${CASE_FIELDS}`,
    {
      id,
      setTitle: changes.title !== undefined,
      title: changes.title ?? null,
      setDescription: changes.description !== undefined,
      description: changes.description ?? null,
      setStatus: changes.status !== undefined,
      status: changes.status ?? null,
    },
  );
  return record ? toCase(record) : undefined;
}

/** Marks a case as changed now (after a change to its members, entities or charts). */
export async function touchCase(driver: Driver, id: string): Promise<void> {
  await writeRecords(driver, 'MATCH (c:Case {id: $id}) SET c.updatedAt = datetime()', { id });
}

/** A case among `visibleCaseIds`, or undefined. */
export async function findCase(
  driver: Driver,
  id: string,
  visibleCaseIds: readonly string[],
): Promise<CaseRecord | undefined> {
  const [record] = await readRecords(
    driver,
    `MATCH (c:Case {id: $id}) WHERE c.id IN $visible RETURN ${CASE_FIELDS}`,
    { id, visible: [...visibleCaseIds] },
  );
  return record ? toCase(record) : undefined;
}

/** True when a case with this id exists (used only to tell NOT_FOUND from FORBIDDEN). */
export async function caseExists(driver: Driver, id: string): Promise<boolean> {
  const records = await readRecords(driver, 'MATCH (c:Case {id: $id}) RETURN c.id AS id', { id });
  return records.length > 0;
}

/** A page of the cases `user` is a member of, most recently updated first, with the user's role. */
export async function listCases(
  driver: Driver,
  user: string,
  status: CaseStatus | null,
  offset: number,
  limit: number,
) {
  const records = await readRecords(
    driver,
    `MATCH (c:Case)-[m:HAS_MEMBER]->(:User {name: $user}) WHERE $status IS NULL OR c.status = $status
     RETURN ${CASE_FIELDS}, m.role AS myRole ORDER BY c.updatedAt DESC, c.id SKIP $offset LIMIT $limit`,
    { user, status, offset: int(offset), limit: int(limit + 1) },
  );
  const cases = records.slice(0, limit).map((r) => ({ ...toCase(r), myRole: r.get('myRole') as CaseRole }));
  return { cases, hasMore: records.length > limit };
}
