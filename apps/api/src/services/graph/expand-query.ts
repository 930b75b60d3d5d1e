/**
 * The Cypher of expansion steps (one, or the first two at once): for each frontier node, its
 * neighbours grouped by link type and entity type (a count and a capped sample of each group)
 * and, for accounts, the money paid to and received from each counterpart aggregated per pair.
 * Rendered from allow-listed link types and a direction, and cached per shape. Samples are cut
 * from node and link references before they are projected, so a busy node costs a count, not a
 * map per neighbour.
 */
import { arrow, typeSpec, type Direction } from './direction';
import { ALL_GRAPH_FIELDS, graphFieldsKey, type GraphFields } from './graph-fields';
import { MAX_TRANSACTION_IDS } from './graph-shape';
import { documentsOf } from './sources';
import { inWindow } from './time-window';
import { linkMap, nodeMap, visible } from './visibility';

const cache = new Map<string, string>();

// The source ids of a row's sampled links and flows, whose documents the row carries.
const SAMPLED_SOURCE_IDS =
  'reduce(ids = [], gr IN groups | ids + [x IN gr.sample | x.link.properties.sourceId]) + ' +
  'reduce(ids = [], f IN outFlows + inFlows | ids + f.sourceIds)';

function flows(side: 'out' | 'in', fields: GraphFields): string {
  const pattern =
    side === 'out'
      ? '(n)-[s:SENT]->(t:Transaction)-[o:TO]->(m:BankAccount)'
      : '(n)<-[o:TO]-(t:Transaction)<-[s:SENT]-(m:BankAccount)';
  const [from, to] = side === 'out' ? ['n.id', 'm.id'] : ['m.id', 'n.id'];
  return `
CALL (n) {
  MATCH ${pattern}
  WHERE n:BankAccount AND ${visible('s', 't', 'o', 'm')}
    AND ($fromTs IS NULL OR t.timestamp >= $fromTs) AND ($untilTs IS NULL OR t.timestamp < $untilTs)
    AND ($entityTypes IS NULL OR 'BankAccount' IN $entityTypes)
  WITH m, t, s ORDER BY t.timestamp
  WITH m, count(t) AS count, sum(t.amountUsd) AS totalUsd, toString(min(t.timestamp)) AS firstAt,
       toString(max(t.timestamp)) AS lastAt, collect(t.id)[..${MAX_TRANSACTION_IDS}] AS transactionIds,
       [x IN collect(DISTINCT s.sourceId) WHERE x IS NOT NULL][..20] AS sourceIds
  ORDER BY totalUsd DESC, m.id
  WITH count(m) AS total,
       collect({from: ${from}, to: ${to}, count: count, totalUsd: totalUsd, firstAt: firstAt, lastAt: lastAt,
                transactionIds: transactionIds, sourceIds: sourceIds, m: m})[..$perNode] AS sample
  RETURN total AS ${side}Total,
         [f IN sample | {from: f.from, to: f.to, count: f.count, totalUsd: f.totalUsd, firstAt: f.firstAt,
                         lastAt: f.lastAt, transactionIds: f.transactionIds, sourceIds: f.sourceIds,
                         node: ${nodeMap('f.m', fields)}}] AS ${side}Flows
}`;
}

function links(direction: Direction, rawTypes: readonly string[] | null, fields: GraphFields): string {
  return `
CALL (n) {
  MATCH (n)${arrow(direction, `r${typeSpec(rawTypes)}`)}(m:Entity)
  WHERE ${visible('r', 'm')}
    AND NOT (n:BankAccount AND m:Transaction AND (
          (type(r) = 'SENT' AND EXISTS { (m)-[:TO]->(:BankAccount) }) OR
          (type(r) = 'TO' AND EXISTS { (m)<-[:SENT]-(:BankAccount) })))
    AND ($entityTypes IS NULL OR any(l IN labels(m) WHERE l IN $entityTypes))
    AND ${inWindow('r', 'm')}
  WITH type(r) AS linkType, split(m.id, '-')[0] AS prefix, r, m
  WITH linkType, prefix, count(*) AS total, collect({r: r, m: m})[..$perNode] AS sample
  RETURN collect({linkType: linkType, prefix: prefix, total: total,
                  sample: [x IN sample | {link: ${linkMap('x.r', fields)}, node: ${nodeMap('x.m', fields)}}]}) AS groups
}`;
}

/** What an expansion follows and reads: the same for each of its steps. */
export interface ExpandShape {
  direction: Direction;
  /** Link types followed as they are; null: all. */
  rawTypes: readonly string[] | null;
  /** False leaves plain links out (only PAID was asked for). */
  withLinks: boolean;
  /** Adds the aggregated money flows. */
  money: boolean;
  fields?: GraphFields;
}

const shapeKey = (shape: ExpandShape): string =>
  `${shape.direction}|${shape.rawTypes?.join(',') ?? '*'}|${shape.withLinks}|${shape.money}|` +
  graphFieldsKey(shape.fields ?? ALL_GRAPH_FIELDS);

/** A step over the ids of the list expression `list`, up to its projection: the variables of a row. */
function stepBody(list: string, shape: ExpandShape): string {
  const { direction, rawTypes, withLinks, money } = shape;
  const fields = shape.fields ?? ALL_GRAPH_FIELDS;
  return [
    `UNWIND ${list} AS fid`,
    'MATCH (n:Entity {id: fid})',
    `WHERE ${visible('n')}`,
    withLinks ? links(direction, rawTypes, fields) : 'WITH n, [] AS groups',
    money && direction !== 'IN' ? flows('out', fields) : 'WITH n, groups, 0 AS outTotal, [] AS outFlows',
    money && direction !== 'OUT'
      ? flows('in', fields)
      : 'WITH n, groups, outTotal, outFlows, 0 AS inTotal, [] AS inFlows',
    `WITH n, groups, outTotal, outFlows, inTotal, inFlows, ${documentsOf(SAMPLED_SOURCE_IDS)} AS documents`,
  ].join('\n');
}

/** A row as a map: `node` is the entity's projection or null. */
const rowMap = (node: string): string =>
  `{id: n.id, node: ${node}, groups: groups, outTotal: outTotal, outFlows: outFlows, inTotal: inTotal,
    inFlows: inFlows, documents: documents}`;

/**
 * The step query. Each visible frontier entity gives one row, so the first step also looks up the
 * entities asked for (a missing or hidden one has no row); only there does `$withFrontierNodes`
 * project the entity too, later frontiers being already in the graph. Each row also carries the
 * source documents of its sampled links and flows, so the expansion needs no lookup of its own
 * for them. Nodes and links bring the `fields` the caller reads.
 */
export function expandStepQuery(shape: ExpandShape): string {
  const key = `step|${shapeKey(shape)}`;
  let cypher = cache.get(key);
  if (!cypher) {
    const node = `CASE WHEN $withFrontierNodes THEN ${nodeMap('n', shape.fields)} END`;
    cypher = `${stepBody('$frontier', shape)}\nRETURN ${rowMap(node)} AS row`;
    cache.set(key, cypher);
  }
  return cypher;
}

/**
 * The first two steps in one query, which saves a depth-2 expansion a round trip: `first` holds
 * the rows of `$frontier` (with their entities), `second` the rows of every neighbour the first
 * rows sampled. That is all the caller can pick as the next frontier, and often a few more; when it
 * is over `$limit` entities, `second` is left empty and the caller reads the next step itself.
 */
export function expandTwoStepsQuery(shape: ExpandShape): string {
  const key = `two|${shapeKey(shape)}`;
  let cypher = cache.get(key);
  if (!cypher) {
    cypher = `CALL () {
${stepBody('$frontier', shape)}
RETURN collect(${rowMap(nodeMap('n', shape.fields))}) AS first
}
WITH first, COLLECT {
  UNWIND first AS row
  UNWIND [gr IN row.groups | [x IN gr.sample | x.node.id]] + [[f IN row.outFlows + row.inFlows | f.node.id]] AS ids
  UNWIND ids AS id
  WITH DISTINCT id WHERE NOT id IN $frontier
  RETURN id
} AS sampled
CALL (sampled) {
${stepBody('CASE WHEN size(sampled) <= $limit THEN sampled ELSE [] END', shape)}
RETURN collect(${rowMap('null')}) AS second
}
RETURN first, second`;
    cache.set(key, cypher);
  }
  return cypher;
}
