/**
 * Adds a graph from the API to the chart: new entities appear around the entity they were
 * reached from (or the centre), existing ones keep their place and the user's changes, and
 * links already drawn are not duplicated. Money between two accounts arrives as one PAID edge.
 */
import type { ApiGraph, ApiNode } from '../graphql/types';
import type { ChartGraph, ChartNodeAttributes } from './chart-graph';
import { ICONS } from './entity-icons';
import { entityStyle, linkColor, RING_COLORS, ringOf } from './entity-styles';
import { assignParallelCurvature } from './parallel-edges';

/** What a merge added. */
export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** The chart attributes of an API node at a position. */
export function nodeAttributesOf(node: ApiNode, x: number, y: number): ChartNodeAttributes {
  const { label, type, types, caseId, properties } = node.attributes;
  const style = entityStyle(type);
  const ring = ringOf(type, properties, caseId);
  return {
    x,
    y,
    size: type === 'CriminalGroup' ? 16 : 12,
    color: style.color,
    label: label || node.key,
    type: 'entity',
    image: ICONS[style.icon],
    pictoColor: '#ffffff',
    ringColor: ring ? RING_COLORS[ring] : style.color,
    entityType: type,
    types,
    caseId,
    properties,
    ring,
  };
}

function centreOf(chart: ChartGraph, keys: readonly string[]): { x: number; y: number } {
  const known = keys.filter((k) => chart.hasNode(k));
  if (known.length === 0) return { x: 0, y: 0 };
  let x = 0;
  let y = 0;
  for (const k of known) {
    x += chart.getNodeAttribute(k, 'x');
    y += chart.getNodeAttribute(k, 'y');
  }
  return { x: x / known.length, y: y / known.length };
}

/** Merges `graph` into `chart`; `near` are the entities the new ones were reached from. */
export function mergeApiGraph(chart: ChartGraph, graph: ApiGraph, near: readonly string[] = []): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const fresh = graph.nodes.filter((n) => !chart.hasNode(n.key));
  const centre = centreOf(chart, near);
  const radius = 10 + Math.sqrt(fresh.length) * 6;
  fresh.forEach((node, i) => {
    // A golden-angle spiral around the anchor: no two new entities land on the same spot.
    const angle = i * 2.399963;
    const r = radius * Math.sqrt((i + 0.5) / Math.max(1, fresh.length));
    chart.addNode(node.key, nodeAttributesOf(node, centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)));
    addedNodes.push(node.key);
  });
  for (const edge of graph.edges) {
    if (!chart.hasNode(edge.source) || !chart.hasNode(edge.target)) continue;
    const a = edge.attributes;
    if (chart.hasEdge(edge.key)) {
      // A money edge may come back with more transactions: keep the newest totals.
      if (a.money) chart.setEdgeAttribute(edge.key, 'money', a.money);
      continue;
    }
    const total = a.money?.totalUsd ?? 0;
    chart.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, {
      size: a.money ? Math.min(8, 1 + Math.log10(1 + total) / 1.5) : 1.5,
      color: linkColor(a.type),
      label: a.money ? `${a.money.count} × ${formatUsd(total)}` : a.label || a.type,
      type: 'arrow',
      linkType: a.type,
      caseId: a.caseId,
      properties: a.properties,
      provenance: a.provenance,
      money: a.money,
    });
    addedEdges.push(edge.key);
  }
  assignParallelCurvature(chart);
  return { addedNodes, addedEdges };
}

/** Amounts as an investigator reads them: $1.2M, $350k, $900. */
export function formatUsd(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `$${(value / 1e9).toFixed(1)}B`;
  if (abs >= 1e6) return `$${(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `$${Math.round(value / 1e3)}k`;
  return `$${Math.round(value)}`;
}
