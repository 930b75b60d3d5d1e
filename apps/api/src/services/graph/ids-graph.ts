/**
 * The graph of a set of entity ids: the visible entities and the links among them, with
 * transactions folded into money edges. Canned-query rows name entities by id; this turns a
 * result into something a chart can show at once.
 */
import { ID_PATTERN, entityTypeOfId } from '@touchstone/domain';
import { GraphBuilder, type LinkRow, type NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import type { SerializedGraph } from './graph-shape';
import type { Plain } from './graph-shape';
import { readRows } from './read-rows';
import { describeSources } from './sources';
import { linkMap, nodeMap, visible } from './visibility';

const GRAPH = `
MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')}
WITH collect(n) AS nodes
RETURN [n IN nodes | ${nodeMap('n')}] AS nodes,
       COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids AND ${visible('r', 'b')} RETURN ${linkMap('r')} } AS links`;

/** Entity ids found anywhere in `values` (strings of a known id form), in order of appearance. */
export function idsIn(values: readonly Plain[], max: number): string[] {
  const found = new Set<string>();
  const visit = (v: Plain) => {
    if (found.size >= max) return;
    if (typeof v === 'string') {
      if (ID_PATTERN.test(v) && entityTypeOfId(v)) found.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  return [...found];
}

/** The graph of `ids`. */
export async function graphOfIds(
  g: GraphContext,
  ids: readonly string[],
  kind: string,
  truncated = false,
): Promise<SerializedGraph> {
  const builder = new GraphBuilder();
  if (ids.length) {
    const { rows } = await readRows(g, GRAPH, { ids: [...ids] });
    for (const n of (rows[0]?.nodes ?? []) as unknown as NodeRow[]) builder.addNode(n);
    for (const l of (rows[0]?.links ?? []) as unknown as LinkRow[]) builder.addLink(l);
    builder.foldTransactions();
    await describeSources(g, builder);
  }
  return builder.build(kind, truncated);
}
