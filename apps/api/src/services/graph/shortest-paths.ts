/**
 * `shortestPaths`: the shortest path, or the k shortest, between two entities, over links in
 * either direction. By default paths do not run through source documents or countries (every
 * fact shares those, so they would join anything to anything); ask for those link types to allow
 * it. Hop limit and k are literals of the pattern, taken from bounded integers, never from text.
 */
import { LINK_TYPE_NAMES } from '@touchstone/domain';
import { badInput } from '../../errors';
import { checkId, checkInt, checkLinkTypes } from './check-arguments';
import { typeSpec } from './direction';
import { requireNodes } from './fetch-nodes';
import { GraphBuilder, type LinkRow, type NodeRow } from './graph-builder';
import { ALL_GRAPH_FIELDS, graphFieldsKey, type GraphFields } from './graph-fields';
import type { GraphContext } from './graph-context';
import { PAID, type SerializedGraph } from './graph-shape';
import { completeFlows } from './money-flows';
import { readRows } from './read-rows';
import { describeSources, documentsOf, learnDocuments, noKnownDocuments } from './sources';
import { linkMap, nodeMap, visible } from './visibility';

export interface ShortestPathsArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  linkTypes?: string[] | null;
  k?: number | null;
}

/** One path: its entities and edges in order (keys into the graph). */
export interface GraphPath {
  length: number;
  nodeIds: string[];
  edgeKeys: string[];
}

export interface PathsResult {
  paths: GraphPath[];
  graph: SerializedGraph;
}

/** Link types that join nearly everything; left out unless asked for. */
export const HUB_LINK_TYPES = [
  'SUPPORTED_BY',
  'LOCATED_IN',
  'INCORPORATED_IN',
  'FROM_COUNTRY',
  'VIA',
  'TO_COUNTRY',
  'REPORTED_EXPORT',
  'REPORTED_IMPORT',
];
const DEFAULT_TYPES = LINK_TYPE_NAMES.filter((t) => !HUB_LINK_TYPES.includes(t));

const cache = new Map<string, string>();

// The two ends and the source documents of the links are looked up in the same query as the
// paths, not in queries of their own; an end that is missing or hidden leaves no row, and the
// caller then says which. Nodes and links bring the `fields` the caller reads.
function pathsQuery(
  types: readonly string[],
  maxHops: number,
  k: number,
  fields: GraphFields = ALL_GRAPH_FIELDS,
): string {
  const key = `${types.join(',')}|${maxHops}|${k}|${graphFieldsKey(fields)}`;
  let cypher = cache.get(key);
  if (!cypher) {
    cypher = `
MATCH (a:Entity {id: $from}) WHERE ${visible('a')}
MATCH (b:Entity {id: $to}) WHERE ${visible('b')}
CALL (a, b) {
  OPTIONAL MATCH p = SHORTEST ${k} (a)(()-[r${typeSpec(types)}]-(x:Entity) WHERE ${visible('r', 'x')}){1,${maxHops}}(b)
  RETURN collect(CASE WHEN p IS NOT NULL THEN {nodes: [n IN nodes(p) | ${nodeMap('n', fields)}],
                                              links: [r IN relationships(p) | ${linkMap('r', fields)}]} END) AS paths
}
RETURN ${nodeMap('a', fields)} AS fromNode, ${nodeMap('b', fields)} AS toNode, paths,
       ${documentsOf('reduce(ids = [], p IN paths | ids + [l IN p.links | l.properties.sourceId])')} AS documents`;
    cache.set(key, cypher);
  }
  return cypher;
}

/** The k shortest paths from `from` to `to`. */
export async function shortestPaths(g: GraphContext, args: ShortestPathsArgs): Promise<PathsResult> {
  // Checked before the read opens, so bad input costs no session or transaction.
  const { from, to, maxHops, k, types } = checkShortestPathsArgs(args);
  const builder = new GraphBuilder();
  const { rows } = await readRows(
    g,
    pathsQuery(types, maxHops, k, g.fields),
    { from, to },
    { timeoutMs: 20_000 },
  );
  const [row] = rows;
  // No row: an end is missing or hidden, and the lookup answers NOT_FOUND naming it.
  const ends = row
    ? [row.fromNode as unknown as NodeRow, row.toNode as unknown as NodeRow]
    : await requireNodes(g, [from, to]);
  for (const node of ends) builder.addNode(node);
  const found = (row?.paths ?? []) as unknown as { nodes: NodeRow[]; links: LinkRow[] }[];

  const byLength = [...found].sort((a, b) => a.links.length - b.links.length);
  const raw = byLength.map(({ nodes, links }) => {
    nodes.forEach((n) => builder.addNode(n));
    return { nodeIds: nodes.map((n) => n.id), edgeKeys: links.map((l) => builder.addLink(l)!) };
  });
  builder.foldTransactions();
  await completeFlows(g, builder);
  const documents = noKnownDocuments();
  learnDocuments(documents, row?.documents);
  await describeSources(g, builder, documents);

  const paths = raw.map(({ nodeIds, edgeKeys }) => {
    const keys = edgeKeys
      .map((key) => builder.resolve(key))
      .filter((key, i, all) => i === 0 || key !== all[i - 1]);
    return { length: keys.length, nodeIds: nodeIds.filter((id) => builder.hasNode(id)), edgeKeys: keys };
  });
  return { paths, graph: builder.build('shortestPaths') };
}

function checkShortestPathsArgs(args: ShortestPathsArgs) {
  const from = checkId(args.from, 'from');
  const to = checkId(args.to, 'to');
  if (from === to) throw badInput('to must differ from from.', { argument: 'to' });
  const maxHops = checkInt(args.maxHops, 'maxHops', 1, 10, 6);
  const k = checkInt(args.k, 'k', 1, 10, 1);
  const asked = checkLinkTypes(args.linkTypes, 'linkTypes', [PAID]);
  const types = asked
    ? [...new Set(asked.flatMap((t) => (t === PAID ? ['SENT', 'TO'] : [t])))].sort()
    : DEFAULT_TYPES;
  return { from, to, maxHops, k, types };
}
