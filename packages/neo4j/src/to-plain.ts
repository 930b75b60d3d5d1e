// Turns driver values into plain JSON-friendly JavaScript, so nothing above this package handles
// neo4j.Integer or temporal classes: integers become numbers (strings past 2^53, never a silent
// rounding), temporals ISO-8601 strings, points coordinates, graph entities plain objects.
import neo4j from 'neo4j-driver';

export interface PlainNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  id: string;
  type: string;
  startId: string;
  endId: string;
  properties: Record<string, unknown>;
}

export type PlainPoint =
  { latitude: number; longitude: number; height?: number } | { x: number; y: number; z?: number };

// WGS-84 2D and 3D; other SRIDs (7203, 9157) are cartesian.
const GEOGRAPHIC_SRIDS = new Set([4326, 4979]);

function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, toPlain(value)]));
}

function plainPoint(point: { srid: unknown; x: number; y: number; z?: number }): PlainPoint {
  const srid = Number(toPlain(point.srid));
  const hasZ = point.z !== undefined && point.z !== null;
  if (GEOGRAPHIC_SRIDS.has(srid)) {
    return hasZ
      ? { latitude: point.y, longitude: point.x, height: point.z as number }
      : { latitude: point.y, longitude: point.x };
  }
  return hasZ ? { x: point.x, y: point.y, z: point.z as number } : { x: point.x, y: point.y };
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value))
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : value.toString();
  if (typeof value === 'bigint')
    return value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER
      ? Number(value)
      : value.toString();
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isNode(value))
    return {
      id: value.elementId,
      labels: [...value.labels],
      properties: plainProperties(value.properties),
    } satisfies PlainNode;
  if (neo4j.isRelationship(value)) {
    const { elementId, type, startNodeElementId, endNodeElementId, properties } = value;
    return {
      id: elementId,
      type,
      startId: startNodeElementId,
      endId: endNodeElementId,
      properties: plainProperties(properties),
    } satisfies PlainRelationship;
  }
  if (neo4j.isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain),
      relationships: value.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (neo4j.isPoint(value)) return plainPoint(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  return plainProperties(value as Record<string, unknown>);
}

/** Integers for the driver: a JS number would be sent as a float (`LIMIT $n` then fails). */
export function toNeo4jInt(value: number | bigint | string): ReturnType<typeof neo4j.int> {
  const valid =
    typeof value === 'number'
      ? Number.isSafeInteger(value)
      : typeof value === 'bigint' || /^-?\d+$/.test(value);
  if (!valid) throw new RangeError(`neo4j: ${String(value)} is not an integer the driver can send exactly`);
  return neo4j.int(value);
}

/** A Neo4j DateTime in UTC for epoch milliseconds. */
export function toNeo4jDateTime(ms: number) {
  const d = new Date(ms);
  return new neo4j.types.DateTime(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds() * 1e6,
    0,
  );
}

/** A Neo4j Date for the UTC day of epoch milliseconds. */
export function toNeo4jDate(ms: number) {
  const d = new Date(ms);
  return new neo4j.types.Date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
