/**
 * The graph of chosen entities: the visible ones among `ids`, the links among them, and the
 * money each pair of their accounts exchanged, as one edge per direction. A saved chart names
 * its entities by id; this draws it again with today's data and today's access rights.
 */
import { checkIds } from './check-arguments';
import { completeFlows } from './money-flows';
import { GraphBuilder, type LinkRow, type NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import type { SerializedGraph } from './graph-shape';
import { readRows } from './read-rows';
import { describeSources } from './sources';
import { linkMap, nodeMap, visible } from './visibility';

/** Most entities one call returns: the size of the largest saved chart. */
export const MAX_SUBGRAPH_IDS = 5000;

const SUBGRAPH = `
MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')}
WITH collect(n) AS nodes
RETURN [n IN nodes | ${nodeMap('n')}] AS nodes,
       COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids AND NOT type(r) IN ['SENT', 'TO']
                 AND ${visible('r', 'b')} RETURN ${linkMap('r')} } AS links,
       COLLECT { UNWIND nodes AS a MATCH (a:BankAccount)-[s:SENT]->(t:Transaction)-[o:TO]->(b:BankAccount)
                 WHERE b.id IN $ids AND ${visible('s', 't', 'o', 'b')} RETURN DISTINCT [a.id, b.id] } AS pairs`;

/** Arguments of `subgraph`. */
export interface SubgraphArgs {
  ids: string[];
}

/** The entities `ids` and what joins them. */
export async function subgraph(g: GraphContext, args: SubgraphArgs): Promise<SerializedGraph> {
  const ids = checkIds(args.ids, 'ids', 1, MAX_SUBGRAPH_IDS);
  const builder = new GraphBuilder();
  const { rows } = await readRows(g, SUBGRAPH, { ids });
  const row = rows[0];
  for (const n of (row?.nodes ?? []) as unknown as NodeRow[]) builder.addNode(n);
  for (const l of (row?.links ?? []) as unknown as LinkRow[]) builder.addLink(l);
  for (const [from, to] of (row?.pairs ?? []) as unknown as [string, string][])
    builder.addFlow({ from, to, count: 0, totalUsd: 0, firstAt: null, lastAt: null, transactionIds: [], sourceIds: [] });
  await completeFlows(g, builder);
  await describeSources(g, builder);
  return builder.build('subgraph', false);
}
