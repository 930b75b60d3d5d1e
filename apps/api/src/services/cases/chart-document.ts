/**
 * The link chart document saved with a case: what is shown (entities and links), where (positions,
 * viewport), how (styles), and what the team wrote on it (annotations, notes, snapshots). It is
 * checked strictly — known keys only, bounded sizes, colours and numbers of a safe form — so a
 * stored chart can be rendered and printed for court without surprises.
 */
import { validateShape, type Shape } from './shape';

/** The format version of chart documents this server writes. */
export const CHART_FORMAT = 1;
/** Largest chart document, in bytes of JSON. */
export const MAX_CHART_BYTES = 1_500_000;

const coordinate: Shape = { kind: 'number', min: -1e7, max: 1e7 };
const key: Shape = { kind: 'string', max: 200, min: 1 };
const colour: Shape = {
  kind: 'string',
  max: 40,
  pattern: /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\(\s*[\d.\s,%]+\))$/,
};
const shortText: Shape = { kind: 'string', max: 500 };
const isoTime: Shape = {
  kind: 'string',
  max: 40,
  pattern: /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/,
};
const style: Shape = { kind: 'record', max: 50, value: { kind: 'scalar', maxString: 200 } };

const node: Shape = {
  kind: 'object',
  fields: { key, x: coordinate, y: coordinate },
  optional: {
    size: { kind: 'number', min: 0, max: 1000 },
    color: colour,
    label: shortText,
    icon: { kind: 'string', max: 60 },
    hidden: { kind: 'boolean' },
    pinned: { kind: 'boolean' },
    style,
  },
};
const edge: Shape = {
  kind: 'object',
  fields: { key, source: key, target: key },
  optional: {
    size: { kind: 'number', min: 0, max: 100 },
    color: colour,
    label: shortText,
    hidden: { kind: 'boolean' },
    curved: { kind: 'boolean' },
    style,
  },
};
const annotation: Shape = {
  kind: 'object',
  fields: {
    id: key,
    kind: { kind: 'enum', values: ['text', 'box', 'ellipse', 'arrow', 'line'] },
    x: coordinate,
    y: coordinate,
  },
  optional: {
    width: coordinate,
    height: coordinate,
    x2: coordinate,
    y2: coordinate,
    text: { kind: 'string', max: 5000 },
    color: colour,
    fontSize: { kind: 'number', min: 1, max: 500 },
  },
};
const note: Shape = {
  kind: 'object',
  fields: { id: key, text: { kind: 'string', max: 10_000 } },
  optional: { author: { kind: 'string', max: 100 }, createdAt: isoTime, target: key },
};
const snapshot: Shape = {
  kind: 'object',
  fields: {
    id: key,
    name: shortText,
    positions: { kind: 'record', max: 5000, value: { kind: 'tuple', items: [coordinate, coordinate] } },
  },
  optional: {
    createdAt: isoTime,
    hidden: { kind: 'list', max: 5000, item: key },
    description: { kind: 'string', max: 5000 },
  },
};

/** The shape of a chart document. */
export const CHART_DOCUMENT: Shape = {
  kind: 'object',
  fields: {
    format: { kind: 'enum', values: [CHART_FORMAT] },
    nodes: { kind: 'list', max: 5000, item: node },
    edges: { kind: 'list', max: 20_000, item: edge },
  },
  optional: {
    annotations: { kind: 'list', max: 1000, item: annotation },
    notes: { kind: 'list', max: 1000, item: note },
    snapshots: { kind: 'list', max: 20, item: snapshot },
    viewport: {
      kind: 'object',
      fields: { x: coordinate, y: coordinate, ratio: { kind: 'number', min: 1e-6, max: 1e6 } },
      optional: { angle: { kind: 'number', min: -10, max: 10 } },
    },
    styles: { kind: 'record', max: 100, value: style },
    title: shortText,
  },
};

/** A valid chart document (as JSON-compatible data). */
export interface ChartDocument {
  format: number;
  nodes: { key: string; x: number; y: number; [k: string]: unknown }[];
  edges: { key: string; source: string; target: string; [k: string]: unknown }[];
  [k: string]: unknown;
}

/** Problems of a chart document: its shape, its size, and edges joining nodes it does not show. */
export function chartDocumentProblems(document: unknown): { path: string; reason: string }[] {
  const text = JSON.stringify(document ?? null);
  if (Buffer.byteLength(text, 'utf8') > MAX_CHART_BYTES)
    return [{ path: 'document', reason: `is larger than ${MAX_CHART_BYTES / 1_000_000} MB` }];
  const problems = validateShape(document, CHART_DOCUMENT, 'document');
  if (problems.length) return problems;
  const doc = document as ChartDocument;
  const keys = new Set<string>();
  doc.nodes.forEach((n, i) => {
    if (keys.has(n.key)) problems.push({ path: `document.nodes.${i}.key`, reason: `repeats "${n.key}"` });
    keys.add(n.key);
  });
  const edgeKeys = new Set<string>();
  doc.edges.forEach((e, i) => {
    if (edgeKeys.has(e.key)) problems.push({ path: `document.edges.${i}.key`, reason: `repeats "${e.key}"` });
    edgeKeys.add(e.key);
    for (const end of ['source', 'target'] as const) {
      if (!keys.has(e[end]))
        problems.push({
          path: `document.edges.${i}.${end}`,
          reason: `"${e[end]}" is not a node of the chart`,
        });
    }
  });
  return problems.slice(0, 20);
}
