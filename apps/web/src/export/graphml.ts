/**
 * The chart as GraphML, for yEd, Cytoscape and Gephi: every entity and link with its label, type,
 * position, colour and size, link money totals and provenance grade, and every property as its
 * own declared attribute.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { escapeXml, flatValue, propertyNames, valueType } from './xml';

type Field = { id: string; name: string; type: 'string' | 'double' | 'boolean' | 'int' };

const NODE_FIELDS: Field[] = [
  { id: 'label', name: 'label', type: 'string' },
  { id: 'entityType', name: 'entityType', type: 'string' },
  { id: 'x', name: 'x', type: 'double' },
  { id: 'y', name: 'y', type: 'double' },
  { id: 'color', name: 'color', type: 'string' },
  { id: 'size', name: 'size', type: 'double' },
  { id: 'hidden', name: 'hidden', type: 'boolean' },
  { id: 'group', name: 'group', type: 'string' },
  { id: 'annotation', name: 'annotation', type: 'string' },
  { id: 'ring', name: 'ring', type: 'string' },
];
const EDGE_FIELDS: Field[] = [
  { id: 'e_label', name: 'label', type: 'string' },
  { id: 'linkType', name: 'linkType', type: 'string' },
  { id: 'e_color', name: 'color', type: 'string' },
  { id: 'e_size', name: 'size', type: 'double' },
  { id: 'e_hidden', name: 'hidden', type: 'boolean' },
  { id: 'e_annotation', name: 'annotation', type: 'string' },
  { id: 'moneyCount', name: 'moneyCount', type: 'int' },
  { id: 'moneyTotalUsd', name: 'moneyTotalUsd', type: 'double' },
  { id: 'moneyFirstAt', name: 'moneyFirstAt', type: 'string' },
  { id: 'moneyLastAt', name: 'moneyLastAt', type: 'string' },
  { id: 'provenanceGrade', name: 'provenanceGrade', type: 'string' },
  { id: 'provenanceSource', name: 'provenanceSource', type: 'string' },
];

const data = (key: string, value: unknown) =>
  value === null || value === undefined || value === '' ? '' : `<data key="${escapeXml(key)}">${escapeXml(flatValue(value))}</data>`;

/** GraphML of the chart (hidden entities included, flagged `hidden`). */
export function toGraphML(graph: ChartGraph): string {
  const nodeProps = propertyNames(graph.mapNodes((_k, a) => a.properties));
  const edgeProps = propertyNames(graph.mapEdges((_k, a) => a.properties));
  const nodePropFields: Field[] = nodeProps.map((name, i) => ({ id: `np${i}`, name, type: valueType(graph.mapNodes((_k, a) => a.properties[name])) }));
  const edgePropFields: Field[] = edgeProps.map((name, i) => ({ id: `ep${i}`, name, type: valueType(graph.mapEdges((_k, a) => a.properties[name])) }));
  const declare = (f: Field, target: 'node' | 'edge') =>
    `  <key id="${escapeXml(f.id)}" for="${target}" attr.name="${escapeXml(f.name)}" attr.type="${f.type}"/>`;

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_FIELDS.map((f) => declare(f, 'node')),
    ...nodePropFields.map((f) => declare(f, 'node')),
    ...EDGE_FIELDS.map((f) => declare(f, 'edge')),
    ...edgePropFields.map((f) => declare(f, 'edge')),
    '  <graph id="chart" edgedefault="directed">',
  ];
  graph.forEachNode((key, a) => {
    const values: [string, unknown][] = [
      ['label', a.label],
      ['entityType', a.entityType],
      ['x', a.x],
      ['y', a.y],
      ['color', a.color],
      ['size', a.size],
      ['hidden', a.hidden === true],
      ['group', a.group],
      ['annotation', a.annotation],
      ['ring', a.ring],
      ...nodePropFields.map((f): [string, unknown] => [f.id, a.properties[f.name]]),
    ];
    lines.push(`    <node id="${escapeXml(key)}">${values.map(([k, v]) => data(k, v)).join('')}</node>`);
  });
  graph.forEachEdge((key, a, source, target) => {
    const values: [string, unknown][] = [
      ['e_label', a.label],
      ['linkType', a.linkType],
      ['e_color', a.color],
      ['e_size', a.size],
      ['e_hidden', a.hidden === true],
      ['e_annotation', a.annotation],
      ['moneyCount', a.money?.count],
      ['moneyTotalUsd', a.money?.totalUsd],
      ['moneyFirstAt', a.money?.firstAt],
      ['moneyLastAt', a.money?.lastAt],
      ['provenanceGrade', a.provenance?.grade],
      ['provenanceSource', a.provenance?.sourceTitle ?? a.provenance?.sourceId],
      ...edgePropFields.map((f): [string, unknown] => [f.id, a.properties[f.name]]),
    ];
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">${values.map(([k, v]) => data(k, v)).join('')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
