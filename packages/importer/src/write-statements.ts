/**
 * The batched write statements: one UNWIND … MERGE per entity type and per link type over compact
 * rows (see row-layout.ts), built from the model (labels, types and property names come only from
 * it, never from input) and cached. A batch says which properties at least one of its records
 * carries: a node or link the batch creates gets only those (the others would be set to null,
 * which stores nothing), while one that already exists gets every property, absent ones set to
 * null so a re-import removes stale values. The stored result is the same as setting every
 * property on every row; creating is cheaper.
 */
import { ENTITY_TYPES, LINK_TYPES, type EntityTypeName, type LinkTypeName } from '@touchstone/domain';
import { entityRowLayout, linkRowLayout, type RowLayout } from './row-layout';
import { assignments } from './value-expression';

const cache = new Map<string, string>();
/** Masks seen per type. Each new one is a statement Neo4j plans afresh, so their number is capped. */
const masksByType = new Map<string, Set<string>>();
const MAX_MASKS_PER_TYPE = 8;

function cached(key: string, build: () => string): string {
  let cypher = cache.get(key);
  if (!cypher) cache.set(key, (cypher = build()));
  return cypher;
}

/** '1' for each field the batch carries, '0' for the others; all '1' past the cap. */
function maskOf(key: string, layout: RowLayout, present?: readonly boolean[]): string {
  const all = '1'.repeat(layout.fields.length);
  const mask = present ? layout.fields.map((_, i) => (present[i] ? '1' : '0')).join('') : all;
  let seen = masksByType.get(key);
  if (!seen) masksByType.set(key, (seen = new Set([all])));
  if (seen.has(mask)) return mask;
  if (seen.size > MAX_MASKS_PER_TYPE) return all;
  seen.add(mask);
  return mask;
}

/**
 * Every statement starts with `CYPHER replan=skip`: Neo4j otherwise replans a cached statement
 * whenever the label and index counts have moved enough since it was planned, which during a load
 * is every few seconds for every statement (a fifth of the server's time in a profile of a bulk
 * load). These plans do not depend on those counts: each row is found through the unique
 * constraint on `Entity.id`.
 */
const PREAMBLE = 'CYPHER replan=skip';

/** The preamble, then `// row: [id, …]` so a statement read in a query log says what each position holds. */
function header(layout: RowLayout): string {
  return `${PREAMBLE}\n// row: [${[...layout.keys, ...layout.fields.map(([f]) => f)].join(', ')}]`;
}

function setClauses(variable: string, layout: RowLayout, mask: string): string {
  const all = assignments(variable, layout);
  if (!mask.includes('0')) return `SET ${all}`;
  const some = assignments(variable, layout, (i) => mask[i] === '1');
  return `${some ? `ON CREATE SET ${some}\n` : ''}ON MATCH SET ${all}`;
}

/**
 * MERGE a batch of entity rows of one type on their id; returns the number of rows written.
 * `present[i]` says whether any row of the batch has a value for field `i` (all when omitted;
 * also once a type has used many different sets of fields, so Neo4j plans few statements).
 */
export function entityWriteStatement(type: EntityTypeName, present?: readonly boolean[]): string {
  const layout = entityRowLayout(type);
  const mask = maskOf(`entity:${type}`, layout, present);
  return cached(`entity:${type}:${mask}`, () => {
    const labels = ENTITY_TYPES[type].labels.map((l) => `:${l}`).join('');
    // All labels in the MERGE: a node created with its labels at once is indexed once, where
    // adding them afterwards costs a second index update (measured ~3× slower).
    return `${header(layout)}
UNWIND $rows AS row
MERGE (n:Entity${labels} {id: row[0]})
${setClauses('n', layout, mask)}
RETURN count(n) AS written`;
  });
}

/**
 * MERGE a batch of link rows of one type on their id between existing endpoints; returns the
 * number of rows written. Rows whose endpoints do not exist match nothing and are not counted,
 * so a count short of the batch tells the caller to look for them.
 */
export function linkWriteStatement(type: LinkTypeName, present?: readonly boolean[]): string {
  const layout = linkRowLayout(type);
  const mask = maskOf(`link:${type}`, layout, present);
  return cached(`link:${type}:${mask}`, () => {
    return `${header(layout)}
UNWIND $rows AS row
MATCH (a:Entity {id: row[1]})
MATCH (b:Entity {id: row[2]})
MERGE (a)-[r:${LINK_TYPES[type].type} {id: row[0]}]->(b)
${setClauses('r', layout, mask)}
RETURN count(r) AS written`;
  });
}

/** The ids among `$ids` that name no entity. */
export const MISSING_ENTITIES =
  'UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) WITH id, n WHERE n IS NULL RETURN collect(id) AS missing';
