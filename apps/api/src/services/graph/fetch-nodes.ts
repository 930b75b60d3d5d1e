/**
 * Looks entities up by id, visible ones only. An id the viewer may not see is answered exactly
 * like an id that does not exist (NOT_FOUND), so restricted records do not betray themselves.
 */
import { notFound } from '../../errors';
import type { NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import { readRows } from './read-rows';
import { nodeMap, visible } from './visibility';

const NODES = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN ${nodeMap('n')} AS node`;

/** The visible entities among `ids`, by id. */
export async function fetchNodes(g: GraphContext, ids: readonly string[]): Promise<Map<string, NodeRow>> {
  const { rows } = await readRows(g, NODES, { ids: [...ids] });
  return new Map(rows.map((r) => [(r.node as unknown as NodeRow).id, r.node as unknown as NodeRow]));
}

/** The entities `ids` in order from those `found`; NOT_FOUND naming the first one missing or not visible. */
export function inOrder(ids: readonly string[], found: ReadonlyMap<string, NodeRow>): NodeRow[] {
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw notFound(`No entity with id ${missing}.`);
  return ids.map((id) => found.get(id)!);
}

/** The entities `ids`, in order; NOT_FOUND naming the first one missing or not visible. */
export async function requireNodes(g: GraphContext, ids: readonly string[]): Promise<NodeRow[]> {
  return inOrder(ids, await fetchNodes(g, ids));
}
