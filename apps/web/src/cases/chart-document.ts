/**
 * The chart as the API stores it with a case, and back. The server checks documents strictly
 * (known keys only, bounded numbers, safe colours), so everything here is clamped and trimmed
 * to that shape; opening applies the saved look onto entities fetched again from the API.
 */
import type { ChartGraph, ChartNodeAttributes } from '../chart/chart-graph';
import { entityStyle } from '../chart/entity-styles';

export type StyleValue = string | number | boolean | null;
export type StyleRecord = Record<string, StyleValue>;

export interface DocNode {
  key: string;
  x: number;
  y: number;
  size?: number;
  color?: string;
  label?: string;
  icon?: string;
  hidden?: boolean;
  pinned?: boolean;
  style?: StyleRecord;
}

export interface DocEdge {
  key: string;
  source: string;
  target: string;
  size?: number;
  color?: string;
  label?: string;
  hidden?: boolean;
  curved?: boolean;
  style?: StyleRecord;
}

export interface DocAnnotation {
  id: string;
  kind: 'text' | 'box' | 'ellipse' | 'arrow' | 'line';
  x: number;
  y: number;
  width?: number;
  height?: number;
  x2?: number;
  y2?: number;
  text?: string;
  color?: string;
  fontSize?: number;
}

export interface DocNote {
  id: string;
  text: string;
  author?: string;
  createdAt?: string;
  /** The entity or link the note is about. */
  target?: string;
}

export interface DocSnapshot {
  id: string;
  name: string;
  positions: Record<string, [number, number]>;
  createdAt?: string;
  hidden?: string[];
  description?: string;
}

export interface Viewport {
  x: number;
  y: number;
  ratio: number;
  angle?: number;
}

export interface ChartDocument {
  format: 1;
  nodes: DocNode[];
  edges: DocEdge[];
  annotations?: DocAnnotation[];
  notes?: DocNote[];
  snapshots?: DocSnapshot[];
  viewport?: Viewport;
  title?: string;
}

/** What is saved with a chart besides its graph. */
export interface ChartExtras {
  annotations: DocAnnotation[];
  notes: DocNote[];
  snapshots: DocSnapshot[];
}

const COLOUR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|rgba?\(\s*[\d.\s,%]+\))$/;
/** Style values are short scalars; longer annotations travel as notes aimed at their item. */
const MAX_STYLE_TEXT = 200;
const NOTE_PREFIX = 'about:';

const clamp = (v: number, min: number, max: number) => (Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : 0);
export const coordinate = (v: number) => clamp(v, -1e7, 1e7);
const colour = (v: unknown) => (typeof v === 'string' && COLOUR.test(v) ? v : undefined);
const text = (v: unknown, max = 500) => (typeof v === 'string' ? v.slice(0, max) : undefined);

function styleOf(values: Record<string, unknown>): StyleRecord | undefined {
  const style: StyleRecord = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (typeof v === 'string' && v.length <= MAX_STYLE_TEXT) style[k] = v;
    else if (typeof v === 'number' && Number.isFinite(v)) style[k] = v;
    else if (typeof v === 'boolean' || v === null) style[k] = v;
  }
  return Object.keys(style).length ? style : undefined;
}

/** Drops undefined fields: the server refuses neither, but documents stay small and comparable. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The document of a chart: its graph, what was written on it, and the camera. */
export function chartToDocument(graph: ChartGraph, extras: ChartExtras, viewport?: Viewport | null): ChartDocument {
  const notes = extras.notes.filter((n) => !n.id.startsWith(NOTE_PREFIX));
  const longNote = (key: string, annotation: string | undefined) => {
    if (annotation && annotation.length > MAX_STYLE_TEXT) notes.push({ id: `${NOTE_PREFIX}${key}`.slice(0, 200), text: annotation.slice(0, 10_000), target: key });
  };
  const nodes = graph.mapNodes((key, a): DocNode => {
    longNote(key, a.annotation);
    return compact({
      key,
      x: coordinate(a.x),
      y: coordinate(a.y),
      size: clamp(a.size, 0, 1000),
      color: colour(a.color),
      label: text(a.label),
      icon: entityStyle(a.entityType).icon,
      hidden: a.hidden === true ? true : undefined,
      pinned: a.pinned === true ? true : undefined,
      style: styleOf({
        group: a.group,
        annotation: a.annotation && a.annotation.length <= MAX_STYLE_TEXT ? a.annotation : undefined,
        ringColor: colour(a.ringColor),
        pictoColor: colour(a.pictoColor),
        community: a.community,
        score: a.score,
      }),
    });
  });
  const edges = graph.mapEdges((key, a, source, target): DocEdge => {
    longNote(key, a.annotation);
    return compact({
      key,
      source,
      target,
      size: clamp(a.size, 0, 100),
      color: colour(a.color),
      label: text(a.label),
      hidden: a.hidden === true ? true : undefined,
      curved: a.type === 'curved' ? true : undefined,
      style: styleOf({
        annotation: a.annotation && a.annotation.length <= MAX_STYLE_TEXT ? a.annotation : undefined,
        curvature: a.curvature,
      }),
    });
  });
  return compact({
    format: 1 as const,
    nodes,
    edges,
    annotations: extras.annotations.map((an) => compact({ ...an, x: coordinate(an.x), y: coordinate(an.y), text: text(an.text, 5000) })),
    notes,
    snapshots: extras.snapshots.slice(-20),
    viewport: viewport ? compact({ ...viewport, ratio: clamp(viewport.ratio, 1e-6, 1e6), angle: viewport.angle ? clamp(viewport.angle, -10, 10) : undefined }) : undefined,
  });
}

/** The node keys a document shows, to fetch them again. */
export const documentKeys = (doc: ChartDocument): string[] => doc.nodes.map((n) => n.key);

/** The document's extras, without the notes that only carry long annotations. */
export function extrasOf(doc: ChartDocument): ChartExtras {
  return {
    annotations: doc.annotations ?? [],
    notes: (doc.notes ?? []).filter((n) => !n.id.startsWith(NOTE_PREFIX)),
    snapshots: doc.snapshots ?? [],
  };
}

/** What applying a document left out. */
export interface ApplyResult {
  /** Saved entities that are not on the chart (the viewer may no longer see them). */
  missingNodes: string[];
  /** Links on the chart the saved chart did not have (dropped, so the chart reopens as saved). */
  droppedEdges: string[];
}

/**
 * Applies a document's look onto a chart holding its entities: positions, sizes, colours,
 * labels, hidden and pinned flags, groups, annotations and link styles.
 */
export function applyDocument(graph: ChartGraph, doc: ChartDocument): ApplyResult {
  const missingNodes: string[] = [];
  const longAnnotations = new Map((doc.notes ?? []).filter((n) => n.id.startsWith(NOTE_PREFIX) && n.target).map((n) => [n.target!, n.text]));
  for (const n of doc.nodes) {
    if (!graph.hasNode(n.key)) {
      missingNodes.push(n.key);
      continue;
    }
    const s = n.style ?? {};
    const patch: Partial<ChartNodeAttributes> = { x: n.x, y: n.y };
    // Flags are set only when saved, so a reopened chart has exactly the attributes it was saved with.
    if (n.hidden) patch.hidden = true;
    else if (graph.getNodeAttribute(n.key, 'hidden')) patch.hidden = false;
    if (n.pinned) patch.pinned = true;
    else if (graph.getNodeAttribute(n.key, 'pinned')) patch.pinned = false;
    if (n.size !== undefined) patch.size = n.size;
    if (n.color !== undefined) patch.color = n.color;
    if (n.label !== undefined) patch.label = n.label;
    if (typeof s.group === 'string') patch.group = s.group;
    if (typeof s.ringColor === 'string') patch.ringColor = s.ringColor;
    if (typeof s.pictoColor === 'string') patch.pictoColor = s.pictoColor;
    if (typeof s.community === 'number') patch.community = s.community;
    if (typeof s.score === 'number') patch.score = s.score;
    const annotation = typeof s.annotation === 'string' ? s.annotation : longAnnotations.get(n.key);
    if (annotation) patch.annotation = annotation;
    graph.mergeNodeAttributes(n.key, patch);
  }
  const saved = new Map(doc.edges.map((e) => [e.key, e]));
  const droppedEdges = graph.filterEdges((key) => !saved.has(key));
  for (const key of droppedEdges) graph.dropEdge(key);
  for (const e of doc.edges) {
    if (!graph.hasEdge(e.key)) continue;
    const s = e.style ?? {};
    if (e.hidden) graph.setEdgeAttribute(e.key, 'hidden', true);
    else if (graph.getEdgeAttribute(e.key, 'hidden')) graph.setEdgeAttribute(e.key, 'hidden', false);
    graph.mergeEdgeAttributes(e.key, {
      ...(e.size !== undefined && { size: e.size }),
      ...(e.color !== undefined && { color: e.color }),
      ...(e.label !== undefined && { label: e.label }),
      ...(e.curved !== undefined && { type: e.curved ? 'curved' : 'arrow' }),
      ...(typeof s.curvature === 'number' && { curvature: s.curvature }),
    });
    const annotation = typeof s.annotation === 'string' ? s.annotation : longAnnotations.get(e.key);
    if (annotation) graph.setEdgeAttribute(e.key, 'annotation', annotation);
  }
  return { missingNodes, droppedEdges };
}
