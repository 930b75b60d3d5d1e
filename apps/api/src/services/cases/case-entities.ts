/**
 * The entities a case holds: `(:Case)-[:HOLDS {addedAt, addedBy}]->(:Entity)`. A case may hold
 * public entities and entities entered in the case itself, never those restricted to another
 * case — so holding an entity never shows it to people outside its own case. Entities the caller
 * cannot see are reported as unknown, not as restricted, so their existence does not leak.
 */
import { entityTypeOfId } from '@touchstone/domain';
import type { Driver } from 'neo4j-driver';
import { int, readRecords, toNumber, writeTx } from '../../db/transactions';
import { badInput, notFound } from '../../errors';

/** An entity held by a case. */
export interface CaseEntityRecord {
  id: string;
  type: string;
  label: string | null;
  addedAt: string;
  addedBy: string;
}

/** Text shown for an entity: its name, number or title, whichever it has. */
export const ENTITY_LABEL =
  'coalesce(e.name, e.title, e.number, e.accountNumber, e.customsRef, e.text, e.iso2)';

const VISIBLE = '(e.caseId IS NULL OR e.caseId IN $visible)';

/** Entities of a case visible to the caller, most recently added first. */
export async function listCaseEntities(
  driver: Driver,
  caseId: string,
  visible: readonly string[],
  offset: number,
  limit: number,
): Promise<CaseEntityRecord[]> {
  const records = await readRecords(
    driver,
    `MATCH (:Case {id: $caseId})-[h:HOLDS]->(e:Entity) WHERE ${VISIBLE}
     RETURN e.id AS id, labels(e) AS labels, ${ENTITY_LABEL} AS label, toString(h.addedAt) AS addedAt, h.addedBy AS addedBy
     ORDER BY h.addedAt DESC, e.id SKIP $offset LIMIT $limit`,
    { caseId, visible: [...visible], offset: int(offset), limit: int(limit) },
  );
  return records.map((r) => {
    const id = String(r.get('id'));
    const labels = r.get('labels') as string[];
    return {
      id,
      type: entityTypeOfId(id) ?? labels.find((l) => l !== 'Entity') ?? 'Entity',
      label: r.get('label'),
      addedAt: r.get('addedAt'),
      addedBy: r.get('addedBy'),
    };
  });
}

/** Number of visible entities a case holds. */
export async function countCaseEntities(
  driver: Driver,
  caseId: string,
  visible: readonly string[],
): Promise<number> {
  const [record] = await readRecords(
    driver,
    `MATCH (:Case {id: $caseId})-[:HOLDS]->(e:Entity) WHERE ${VISIBLE} RETURN count(e) AS n`,
    { caseId, visible: [...visible] },
  );
  return toNumber(record?.get('n')) ?? 0;
}

/**
 * Which of `ids` may be placed in case `caseId` by a caller seeing `visible`: throws NOT_FOUND
 * for unknown or invisible ids and BAD_USER_INPUT for entities restricted to another case.
 */
export async function checkPlaceable(
  driver: Driver,
  caseId: string,
  ids: readonly string[],
  visible: readonly string[],
): Promise<void> {
  const records = await readRecords(
    driver,
    `UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) RETURN id, e IS NOT NULL AND ${VISIBLE} AS seen, e.caseId AS caseId`,
    { ids: [...ids], visible: [...visible] },
  );
  const unknown = records.filter((r) => r.get('seen') !== true).map((r) => String(r.get('id')));
  if (unknown.length)
    throw notFound(
      `Unknown entities: ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}.`,
    );
  const foreign = records
    .filter((r) => r.get('caseId') !== null && r.get('caseId') !== caseId)
    .map((r) => String(r.get('id')));
  if (foreign.length)
    throw badInput(
      `These entities belong to another case and cannot be shown in this one: ${foreign.slice(0, 10).join(', ')}.`,
      { field: 'ids' },
    );
}

/** Adds entities to a case (already held ones are kept as they were); returns how many were new. */
export async function addCaseEntities(
  driver: Driver,
  caseId: string,
  ids: readonly string[],
  by: string,
  visible: readonly string[],
): Promise<number> {
  await checkPlaceable(driver, caseId, ids, visible);
  return writeTx(driver, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Case {id: $caseId}) SET c.updatedAt = datetime()
       WITH c UNWIND $ids AS id MATCH (e:Entity {id: id})
       MERGE (c)-[h:HOLDS]->(e) ON CREATE SET h.addedAt = datetime(), h.addedBy = $by, h.new = true
       WITH h WHERE h.new REMOVE h.new RETURN count(h) AS added`,
      { caseId, ids: [...ids], by },
    );
    return toNumber(result.records[0]?.get('added')) ?? 0;
  });
}

/** Removes entities from a case; returns how many were held. */
export async function removeCaseEntities(
  driver: Driver,
  caseId: string,
  ids: readonly string[],
): Promise<number> {
  return writeTx(driver, async (tx) => {
    const result = await tx.run(
      `MATCH (c:Case {id: $caseId}) SET c.updatedAt = datetime()
       WITH c MATCH (c)-[h:HOLDS]->(e:Entity) WHERE e.id IN $ids DELETE h RETURN count(*) AS removed`,
      { caseId, ids: [...ids] },
    );
    return toNumber(result.records[0]?.get('removed')) ?? 0;
  });
}
