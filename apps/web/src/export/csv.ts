/**
 * The chart as two CSV files (RFC 4180: comma-separated, CRLF lines, fields with commas, quotes
 * or line breaks quoted): one row per entity and one per link, every property as its own column.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { flatValue, propertyNames } from './xml';

/** One CSV field. */
export function csvField(value: unknown): string {
  const text = flatValue(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text of a header and rows. */
export function csvOf(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(graph: ChartGraph): string {
  const props = propertyNames(graph.mapNodes((_k, a) => a.properties));
  const header = ['id', 'label', 'entityType', 'types', 'x', 'y', 'color', 'size', 'hidden', 'pinned', 'group', 'annotation', 'ring', ...props];
  const rows = graph.mapNodes((key, a) => [
    key,
    a.label,
    a.entityType,
    a.types,
    a.x,
    a.y,
    a.color,
    a.size,
    a.hidden === true,
    a.pinned === true,
    a.group,
    a.annotation,
    a.ring,
    ...props.map((p) => a.properties[p]),
  ]);
  return csvOf(header, rows);
}

export function linksCsv(graph: ChartGraph): string {
  const props = propertyNames(graph.mapEdges((_k, a) => a.properties));
  const header = [
    'id', 'source', 'target', 'sourceLabel', 'targetLabel', 'linkType', 'label', 'color', 'size', 'hidden', 'annotation',
    'moneyCount', 'moneyTotalUsd', 'moneyFirstAt', 'moneyLastAt', 'provenanceGrade', 'provenanceSource', ...props,
  ];
  const rows = graph.mapEdges((key, a, source, target, sa, ta) => [
    key,
    source,
    target,
    sa.label,
    ta.label,
    a.linkType,
    a.label,
    a.color,
    a.size,
    a.hidden === true,
    a.annotation,
    a.money?.count,
    a.money?.totalUsd,
    a.money?.firstAt,
    a.money?.lastAt,
    a.provenance?.grade,
    a.provenance?.sourceTitle ?? a.provenance?.sourceId,
    ...props.map((p) => a.properties[p]),
  ]);
  return csvOf(header, rows);
}
