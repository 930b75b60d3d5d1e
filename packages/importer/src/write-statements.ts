/**
 * The batched write statements: one UNWIND … MERGE per entity type and per link type, built from
 * the model (labels, types and property names come only from it, never from input) and cached.
 */
import { ENTITY_TYPES, LINK_TYPES, entityFieldSet, linkFieldSet, type EntityTypeName, type LinkTypeName } from '@touchstone/domain';
import { setClause } from './value-expression';

const entityCache = new Map<string, string>();
const linkCache = new Map<string, string>();

/** MERGE a batch of entities of one type on their id; returns the number written. */
export function entityWriteStatement(type: EntityTypeName): string {
  let cypher = entityCache.get(type);
  if (!cypher) {
    const spec = ENTITY_TYPES[type];
    const labels = spec.labels.map((l) => `:${l}`).join('');
    // All labels in the MERGE: a node created with its labels at once is indexed once, where
    // adding them afterwards costs a second index update (measured ~3× slower).
    cypher = `UNWIND $rows AS row
MERGE (n:Entity${labels} {id: row.id})
SET ${setClause('n', entityFieldSet(type))}
RETURN count(n) AS written`;
    entityCache.set(type, cypher);
  }
  return cypher;
}

/**
 * MERGE a batch of links of one type on their id between existing endpoints. Rows whose
 * endpoints do not exist match nothing; their positions are not returned, so the caller can
 * report them.
 */
export function linkWriteStatement(type: LinkTypeName): string {
  let cypher = linkCache.get(type);
  if (!cypher) {
    const spec = LINK_TYPES[type];
    cypher = `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${spec.type} {id: row.id}]->(b)
SET ${setClause('r', linkFieldSet(type))}
RETURN collect(row.at) AS written`;
    linkCache.set(type, cypher);
  }
  return cypher;
}
