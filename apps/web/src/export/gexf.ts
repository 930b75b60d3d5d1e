/**
 * The chart as GEXF 1.3, Gephi's own format: positions, colours and sizes as `viz:` elements so
 * the chart opens in Gephi looking as it does here, entity and link attributes as columns, and the
 * link type as the edge kind so parallel links of different types are kept apart.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { escapeXml, flatValue, propertyNames, rgbOf, valueType } from './xml';

interface Column {
  id: string;
  title: string;
  type: 'string' | 'double' | 'boolean' | 'integer';
  value: (a: Record<string, unknown>) => unknown;
}

const columnsXml = (cls: 'node' | 'edge', columns: Column[]) =>
  [
    `    <attributes class="${cls}">`,
    ...columns.map((c) => `      <attribute id="${escapeXml(c.id)}" title="${escapeXml(c.title)}" type="${c.type}"/>`),
    '    </attributes>',
  ].join('\n');

const attvalues = (columns: Column[], a: Record<string, unknown>) => {
  const values = columns
    .map((c) => [c.id, c.value(a)] as const)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([id, v]) => `<attvalue for="${escapeXml(id)}" value="${escapeXml(flatValue(v))}"/>`);
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
};

const colourXml = (colour: string) => {
  const { r, g, b, a } = rgbOf(colour);
  return `<viz:color r="${r}" g="${g}" b="${b}"${a < 1 ? ` a="${a}"` : ''}/>`;
};

const num = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : '0');

/** GEXF 1.3 of the chart; `now` dates the file. */
export function toGEXF(graph: ChartGraph, now = new Date()): string {
  const prop = (name: string) => (a: Record<string, unknown>) => (a.properties as Record<string, unknown>)[name];
  const nodeColumns: Column[] = [
    { id: 'entityType', title: 'entityType', type: 'string', value: (a) => a.entityType },
    { id: 'hidden', title: 'hidden', type: 'boolean', value: (a) => a.hidden === true },
    { id: 'group', title: 'group', type: 'string', value: (a) => a.group },
    { id: 'annotation', title: 'annotation', type: 'string', value: (a) => a.annotation },
    { id: 'ring', title: 'ring', type: 'string', value: (a) => a.ring },
    ...propertyNames(graph.mapNodes((_k, a) => a.properties)).map((name, i): Column => {
      const t = valueType(graph.mapNodes((_k, a) => a.properties[name]));
      return { id: `np${i}`, title: name, type: t, value: prop(name) };
    }),
  ];
  const edgeColumns: Column[] = [
    { id: 'linkType', title: 'linkType', type: 'string', value: (a) => a.linkType },
    { id: 'hidden', title: 'hidden', type: 'boolean', value: (a) => a.hidden === true },
    { id: 'annotation', title: 'annotation', type: 'string', value: (a) => a.annotation },
    { id: 'moneyCount', title: 'moneyCount', type: 'integer', value: (a) => (a.money as { count?: number } | null)?.count },
    { id: 'moneyTotalUsd', title: 'moneyTotalUsd', type: 'double', value: (a) => (a.money as { totalUsd?: number } | null)?.totalUsd },
    { id: 'provenanceGrade', title: 'provenanceGrade', type: 'string', value: (a) => (a.provenance as { grade?: string } | null)?.grade },
    ...propertyNames(graph.mapEdges((_k, a) => a.properties)).map((name, i): Column => {
      const t = valueType(graph.mapEdges((_k, a) => a.properties[name]));
      return { id: `ep${i}`, title: name, type: t, value: prop(name) };
    }),
  ];

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>Touchstone</creator><description>Link chart</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    columnsXml('node', nodeColumns),
    columnsXml('edge', edgeColumns),
    '    <nodes>',
  ];
  graph.forEachNode((key, a) => {
    lines.push(
      `      <node id="${escapeXml(key)}" label="${escapeXml(a.label)}">${attvalues(nodeColumns, a as unknown as Record<string, unknown>)}` +
        `${colourXml(a.color)}<viz:position x="${num(a.x)}" y="${num(a.y)}" z="0"/><viz:size value="${num(a.size)}"/></node>`,
    );
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((key, a, source, target) => {
    const weight = a.money ? Math.max(1, a.money.count) : 1;
    lines.push(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" kind="${escapeXml(a.linkType)}" label="${escapeXml(a.label)}" weight="${weight}">` +
        `${attvalues(edgeColumns, a as unknown as Record<string, unknown>)}${colourXml(a.color)}<viz:thickness value="${num(a.size)}"/></edge>`,
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
