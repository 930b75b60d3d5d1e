/**
 * `entity`: one entity with all its properties, its links grouped by type and direction with
 * counts, the first links of each group with the entity at their other end, and the provenance of
 * every fact shown (source document, who entered it and when, grades).
 */
import { toNeo4jInt } from '@touchstone/neo4j';
import { notFound } from '../../errors';
import { checkId, checkInt } from './check-arguments';
import { GraphBuilder, type LinkRow, type NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import type { GraphEdge, GraphNode, SerializedGraph } from './graph-shape';
import { readRows } from './read-rows';
import { describeSources } from './sources';
import { linkMap, nodeMap, visible } from './visibility';

export interface EntityArgs {
  id: string;
  /** Links listed per group (default 20). */
  linksPerType?: number | null;
}

/** The links of one type and direction. */
export interface LinkGroup {
  type: string;
  direction: 'OUT' | 'IN';
  /** All visible links of the group. */
  count: number;
  /** The first of them, with the entity at the other end. */
  links: { edge: GraphEdge; other: GraphNode }[];
}

export interface EntityDetails {
  node: GraphNode;
  links: LinkGroup[];
  /** Documents the entity itself is supported by. */
  sources: GraphNode[];
  /** The entity, the links listed and their other ends. */
  graph: SerializedGraph;
}

const ENTITY = `
MATCH (n:Entity {id: $id}) WHERE ${visible('n')}
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE ${visible('r', 'm')}
  WITH type(r) AS type, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction, r, m
  ORDER BY m.id
  WITH type, direction, count(*) AS count, collect({link: ${linkMap('r')}, node: ${nodeMap('m')}})[..$perType] AS sample
  ORDER BY type, direction
  RETURN collect({type: type, direction: direction, count: count, sample: sample}) AS groups
}
RETURN ${nodeMap('n')} AS node, groups`;

/** The entity `id` with its links and their provenance; NOT_FOUND when it does not exist or is not visible. */
export async function entity(g: GraphContext, args: EntityArgs): Promise<EntityDetails> {
  const id = checkId(args.id, 'id');
  const perType = checkInt(args.linksPerType, 'linksPerType', 1, 200, 20);
  const { rows } = await readRows(g, ENTITY, { id, perType: toNeo4jInt(perType) });
  const row = rows[0];
  if (!row) throw notFound(`No entity with id ${id}.`);

  const builder = new GraphBuilder();
  const node = builder.addNode(row.node as unknown as NodeRow);
  const groups = row.groups as unknown as {
    type: string;
    direction: 'OUT' | 'IN';
    count: number;
    sample: { link: LinkRow; node: NodeRow }[];
  }[];
  const keyed = groups.map((group) => ({
    group,
    items: group.sample.map((item) => ({
      other: builder.addNode(item.node),
      key: builder.addLink(item.link)!,
    })),
  }));
  await describeSources(g, builder);
  const edges = new Map(builder.edgeList().map((e) => [e.key, e]));
  const links: LinkGroup[] = keyed.map(({ group, items }) => ({
    type: group.type,
    direction: group.direction,
    count: group.count,
    links: items.map((i) => ({ edge: edges.get(i.key)!, other: i.other })),
  }));
  const sources = links
    .filter((l) => l.type === 'SUPPORTED_BY' && l.direction === 'OUT')
    .flatMap((l) => l.links.map((x) => x.other));
  return {
    node,
    links,
    sources,
    graph: builder.build(
      'entity',
      links.some((l) => l.count > l.links.length),
    ),
  };
}
