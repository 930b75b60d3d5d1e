/**
 * Turns the records of an ad-hoc query into JSON rows and a graph: nodes, links and paths in a
 * row become tagged objects keyed by entity id, and every one of them is added to the result's
 * graph (graphology's format, the same as every graph operation). A row holding any record the
 * user may not see is withheld whole — a second line of defence behind the plan guard.
 */
import { toPlain } from '@touchstone/neo4j';
import {
  isNode,
  isPath,
  isRelationship,
  type Node,
  type Path,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import { GraphBuilder } from '../graph/graph-builder';
import type { Plain } from '../graph/graph-shape';
import { DOMAIN_LINK_TYPES } from './cypher-plan-guard';

/** Rows, their graph, and what was left out. */
export interface CypherRows {
  columns: string[];
  rows: { [column: string]: Plain }[];
  withheldRows: number;
  builder: GraphBuilder;
  /** Element ids of link ends not in the rows, to be fetched for the graph. */
  missingEnds: Set<string>;
  /** Links whose ends are fetched later. */
  pendingLinks: Relationship[];
  /** Entity id of each node met, by element id. */
  keyByElement: Map<string, string>;
}

const plainProperties = (properties: Record<string, unknown>): { [key: string]: Plain } =>
  Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toPlain(v) as Plain]));

const keyOfNode = (n: Node): string =>
  typeof n.properties.id === 'string' ? n.properties.id : `node:${n.elementId}`;
const keyOfLink = (r: Relationship): string =>
  typeof r.properties.id === 'string' ? r.properties.id : `link:${r.elementId}`;

/** True when a value holds a node or link the user may not see. */
export function holdsHidden(value: unknown, visible: ReadonlySet<string>): boolean {
  const hiddenCase = (props: Record<string, unknown>) =>
    props.caseId !== undefined && props.caseId !== null && !visible.has(String(props.caseId));
  if (isNode(value)) {
    const n = value as Node;
    // Virtual nodes (db.schema.visualization) carry negative ids and describe labels only.
    const virtual = n.elementId.startsWith('-');
    return hiddenCase(n.properties) || (!virtual && !n.labels.includes('Entity'));
  }
  if (isRelationship(value)) {
    const r = value as Relationship;
    return hiddenCase(r.properties) || (!r.elementId.startsWith('-') && !DOMAIN_LINK_TYPES.has(r.type));
  }
  if (isPath(value)) {
    const p = value as Path;
    return (
      holdsHidden(p.start, visible) ||
      p.segments.some((s) => holdsHidden(s.relationship, visible) || holdsHidden(s.end, visible))
    );
  }
  if (Array.isArray(value)) return value.some((v) => holdsHidden(v, visible));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value).some((v) => holdsHidden(v, visible));
  }
  return false;
}

/** Converts records (already capped) into rows and a graph. */
export function toCypherRows(
  records: readonly Neo4jRecord[],
  columns: string[],
  visibleCaseIds: readonly string[],
): CypherRows {
  const visible = new Set(visibleCaseIds);
  const builder = new GraphBuilder();
  const keyByElement = new Map<string, string>();
  const links: Relationship[] = [];
  const addNode = (n: Node): string => {
    const key = keyOfNode(n);
    if (!n.elementId.startsWith('-') && n.labels.includes('Entity')) {
      builder.addNode({ id: key, labels: n.labels, properties: plainProperties(n.properties) });
      keyByElement.set(n.elementId, key);
    }
    return key;
  };
  const convert = (value: unknown): Plain => {
    if (isNode(value)) {
      const n = value as Node;
      return { kind: 'node', key: addNode(n), labels: n.labels, properties: plainProperties(n.properties) };
    }
    if (isRelationship(value)) {
      const r = value as Relationship;
      links.push(r);
      return { kind: 'link', key: keyOfLink(r), type: r.type, properties: plainProperties(r.properties) };
    }
    if (isPath(value)) {
      const p = value as Path;
      const nodes = [p.start, ...p.segments.map((s) => s.end)].map(addNode);
      const pathLinks = p.segments.map((s) => (links.push(s.relationship), keyOfLink(s.relationship)));
      return { kind: 'path', nodes, links: pathLinks };
    }
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    }
    return toPlain(value) as Plain;
  };
  const rows: { [column: string]: Plain }[] = [];
  let withheldRows = 0;
  for (const record of records) {
    const values = columns.map((c) => record.get(c));
    if (values.some((v) => holdsHidden(v, visible))) {
      withheldRows += 1;
      continue;
    }
    rows.push(Object.fromEntries(columns.map((c, i) => [c, convert(values[i])])));
  }
  const missingEnds = new Set<string>();
  for (const r of links)
    for (const end of [r.startNodeElementId, r.endNodeElementId])
      if (!keyByElement.has(end)) missingEnds.add(end);
  return { columns, rows, withheldRows, builder, missingEnds, pendingLinks: links, keyByElement };
}

/** Adds fetched link ends to the graph, then the rows' links whose two ends are in it. */
export function addLinks(out: CypherRows, ends: readonly Node[]): void {
  for (const n of ends) {
    const key = keyOfNode(n);
    out.builder.addNode({ id: key, labels: n.labels, properties: plainProperties(n.properties) });
    out.keyByElement.set(n.elementId, key);
  }
  for (const r of out.pendingLinks) {
    const from = out.keyByElement.get(r.startNodeElementId);
    const to = out.keyByElement.get(r.endNodeElementId);
    if (from && to)
      out.builder.addLink({
        id: keyOfLink(r),
        type: r.type,
        from,
        to,
        properties: plainProperties(r.properties),
      });
  }
}
