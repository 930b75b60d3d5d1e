/**
 * Fetches the links of given types around given entities, with the entities at their other ends,
 * visible ones only. The building block of the trails and of ownership: each asks for a few
 * allow-listed link types around a set of entities, step by step.
 */
import { toNeo4jInt } from '@touchstone/neo4j';
import { arrow, typeSpec, type Direction } from './direction';
import type { LinkRow, NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import { readRows } from './read-rows';
import { linkMap, nodeMap, visible } from './visibility';

/** A link and the entity at its far end. */
export interface NeighbourLink {
  /** The entity the link was found from. */
  from: string;
  link: LinkRow;
  node: NodeRow;
}

const cache = new Map<string, string>();

function query(types: readonly string[], direction: Direction): string {
  const key = `${types.join(',')}|${direction}`;
  let cypher = cache.get(key);
  if (!cypher) {
    cypher = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})${arrow(direction, `r${typeSpec(types)}`)}(m:Entity)
WHERE ${visible('n', 'r', 'm')}
RETURN n.id AS from, ${linkMap('r')} AS link, ${nodeMap('m')} AS node
LIMIT $cap`;
    cache.set(key, cypher);
  }
  return cypher;
}

/**
 * Links of `types` (checked link types from code, never from input) around `ids`. At most `cap`
 * are read; `truncated` says when there were more.
 */
export async function neighbourLinks(
  g: GraphContext,
  ids: readonly string[],
  types: readonly string[],
  direction: Direction,
  cap = 5000,
): Promise<{ links: NeighbourLink[]; truncated: boolean }> {
  if (!ids.length) return { links: [], truncated: false };
  const { rows, truncated } = await readRows(
    g,
    query(types, direction),
    { ids: [...ids], cap: toNeo4jInt(cap + 1) },
    { maxRows: cap },
  );
  return { links: rows as unknown as NeighbourLink[], truncated };
}
