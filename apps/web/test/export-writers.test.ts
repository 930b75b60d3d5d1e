// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createChartGraph, type ChartGraph } from '../src/chart/chart-graph';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import { csvField, linksCsv, nodesCsv } from '../src/export/csv';
import { exportFileName } from '../src/export/download';
import { toGEXF } from '../src/export/gexf';
import { toGraphML } from '../src/export/graphml';
import { toSVG } from '../src/export/svg';
import { rgbOf } from '../src/export/xml';

const TRICKY = 'Ríos & Sons <"Gold"> Ltd, \'Lima\'';

function chart(): ChartGraph {
  const g = createChartGraph();
  mergeApiGraph(g, {
    attributes: { kind: 'test', truncated: false },
    nodes: [
      { key: 'per-1', attributes: { label: 'Ana Ríos', type: 'Person', types: ['Person'], caseId: null, properties: { nationality: ['PE', 'BO'], isPep: true } } },
      { key: 'co-2', attributes: { label: TRICKY, type: 'Company', types: ['Company'], caseId: null, properties: { note: 'line one\nline "two"', capital: 5000 } } },
    ],
    edges: [
      {
        key: 'm-1',
        source: 'per-1',
        target: 'co-2',
        attributes: {
          type: 'PAID', label: 'paid', caseId: null, properties: {},
          provenance: { sourceId: 'doc-1', sourceTitle: 'Bank statement', sourceKind: null, sourceDate: null, enteredBy: null, enteredAt: null, sourceReliability: 'B', infoReliability: '2', grade: 'B2' },
          money: { count: 3, totalUsd: 125000.5, firstAt: '2022-01-01', lastAt: '2022-03-01', transactionIds: [], complete: true, sourceIds: [] },
        },
      },
    ],
  });
  g.mergeNodeAttributes('per-1', { x: 10, y: 20, color: '#4e79a7', size: 12 });
  g.mergeNodeAttributes('co-2', { x: -30, y: 5, hidden: true });
  return g;
}


/** A strict reader of the XML we write (happy-dom's parser refuses valid names such as `attr.name`). */
interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function readXml(src: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML: ${why} at ${i}`);
  };
  const isNameChar = (c: string | undefined) => c !== undefined && /[\w.:-]/.test(c);
  const skipSpace = () => {
    while (i < src.length && ' \t\r\n'.includes(src[i]!)) i++;
  };
  const expect_ = (s: string) => (src.startsWith(s, i) ? (i += s.length) : fail(`expected ${s}`));
  const name = () => {
    const start = i;
    while (isNameChar(src[i])) i++;
    return i > start ? src.slice(start, i) : fail('expected a name');
  };
  const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  const decode = (raw: string) => {
    let out = '';
    for (let j = 0; j < raw.length; j++) {
      if (raw[j] === '<') fail('a raw < in text');
      if (raw[j] !== '&') {
        out += raw[j];
        continue;
      }
      const end = raw.indexOf(';', j);
      const entity = end > j ? raw.slice(j + 1, end) : fail('an unterminated entity');
      out += entity.startsWith('#') ? String.fromCodePoint(Number(entity.replace('#x', '0x').replace('#', ''))) : (ENTITIES[entity] ?? fail(`unknown entity ${entity}`));
      j = end;
    }
    return out;
  };
  const element = (): XmlElement => {
    expect_('<');
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (src.startsWith('/>', i)) return (i += 2), el;
      if (src[i] === '>') break;
      const attr = name();
      if (attr in el.attrs) fail(`a repeated attribute ${attr}`);
      expect_('="');
      const end = src.indexOf('"', i);
      el.attrs[attr] = decode(end >= 0 ? src.slice(i, end) : fail('an unterminated attribute'));
      i = end + 1;
    }
    i++;
    while (!src.startsWith('</', i)) {
      if (i >= src.length) fail(`an unclosed <${el.name}>`);
      if (src[i] === '<') el.children.push(element());
      else {
        const end = src.indexOf('<', i);
        el.text += decode(src.slice(i, end));
        i = end;
      }
    }
    expect_(`</${el.name}`);
    skipSpace();
    expect_('>');
    return el;
  };
  if (src.startsWith('<?xml')) i = src.indexOf('?>') + 2;
  skipSpace();
  const root = element();
  skipSpace();
  if (i < src.length) fail('text after the root element');
  return root;
}

const all = (el: XmlElement, name: string): XmlElement[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];

const parse = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('GraphML', () => {
  it('parses back with every entity, link, declared attribute and escaped text', () => {
    const root = readXml(toGraphML(chart()));
    expect(root.name).toBe('graphml');
    const nodes = all(root, 'node');
    expect(nodes.map((n) => n.attrs.id)).toEqual(['per-1', 'co-2']);
    const keys = new Map(all(root, 'key').map((k) => [k.attrs.id, k.attrs['attr.name']]));
    const value = (el: XmlElement, name: string) => el.children.find((d) => d.name === 'data' && keys.get(d.attrs.key) === name)?.text;
    expect(value(nodes[1]!, 'label')).toBe(TRICKY);
    expect(value(nodes[1]!, 'hidden')).toBe('true');
    expect(value(nodes[0]!, 'x')).toBe('10');
    expect(value(nodes[0]!, 'nationality')).toBe('PE; BO');
    expect(value(nodes[1]!, 'note')).toBe('line one\nline "two"');
    const [edge] = all(root, 'edge');
    expect([edge!.attrs.source, edge!.attrs.target]).toEqual(['per-1', 'co-2']);
    expect(value(edge!, 'moneyTotalUsd')).toBe('125000.5');
    expect(value(edge!, 'provenanceGrade')).toBe('B2');
    expect(value(edge!, 'linkType')).toBe('PAID');
  });

  it('refuses what is not well-formed, so the checks above mean something', () => {
    expect(() => readXml('<a><b></a>')).toThrow(/not well-formed/);
    expect(() => readXml('<a x="1 & 2"/>')).toThrow(/not well-formed/);
    expect(() => readXml('<a>1 < 2</a>')).toThrow(/not well-formed/);
  });
});

describe('GEXF', () => {
  it('is GEXF 1.3 with viz colour, position and size, and the link type as edge kind', () => {
    const xml = toGEXF(chart(), new Date('2026-11-28T10:00:00Z'));
    expect(all(readXml(xml), 'node')).toHaveLength(2);
    const doc = parse(xml);
    expect(doc.documentElement.getAttribute('version')).toBe('1.3');
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((n) => [n.getAttribute('id'), n.getAttribute('label')])).toEqual([
      ['per-1', 'Ana Ríos'],
      ['co-2', TRICKY],
    ]);
    const colour = nodes[0]!.getElementsByTagName('viz:color')[0]!;
    expect(['r', 'g', 'b'].map((c) => colour.getAttribute(c))).toEqual(['78', '121', '167']);
    const position = nodes[0]!.getElementsByTagName('viz:position')[0]!;
    expect([position.getAttribute('x'), position.getAttribute('y')]).toEqual(['10', '20']);
    expect(nodes[0]!.getElementsByTagName('viz:size')[0]!.getAttribute('value')).toBe('12');
    const edge = doc.getElementsByTagName('edge')[0]!;
    expect(edge.getAttribute('kind')).toBe('PAID');
    expect(edge.getAttribute('weight')).toBe('3');
    expect(xml).toContain('lastmodifieddate="2026-11-28"');
  });

  it('reads colours in every hexadecimal form', () => {
    expect(rgbOf('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(rgbOf('#00000080')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(rgbOf('red')).toEqual({ r: 136, g: 136, b: 136, a: 1 });
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField(null)).toBe('');
    expect(csvField(['PE', 'BO'])).toBe('PE; BO');
  });

  it('writes one row per entity and per link, with properties as columns', () => {
    const nodes = nodesCsv(chart());
    const lines = nodes.split('\r\n');
    expect(lines[0]).toBe('id,label,entityType,types,x,y,color,size,hidden,pinned,group,annotation,ring,capital,isPep,nationality,note');
    expect(lines[1]).toBe('per-1,Ana Ríos,Person,Person,10,20,#4e79a7,12,false,false,,,pep,,true,PE; BO,');
    expect(lines[2]).toContain(`co-2,"Ríos & Sons <""Gold""> Ltd, 'Lima'",Company`);
    expect(nodes).toContain('"line one\nline ""two"""');
    const links = linksCsv(chart()).split('\r\n');
    expect(links[1]).toBe(`m-1,per-1,co-2,Ana Ríos,"Ríos & Sons <""Gold""> Ltd, 'Lima'",PAID,3 × $125k,#f28e2b,${chart().getEdgeAttribute('m-1', 'size')},false,,3,125000.5,2022-01-01,2022-03-01,B2,Bank statement`);
  });
});

describe('SVG', () => {
  it('draws the visible entities at print size with their colours, labels and links', () => {
    const g = chart();
    g.setNodeAttribute('co-2', 'hidden', false);
    const text = toSVG(g, { width: 2000 });
    expect(readXml(text).name).toBe('svg');
    const svg = parse(text);
    const root = svg.documentElement;
    expect(root.getAttribute('width')).toBe('2000');
    const entities = [...root.getElementsByTagName('g')].filter((el) => el.getAttribute('data-key'));
    expect(entities.map((e) => e.getAttribute('data-key'))).toEqual(['per-1', 'co-2']);
    const [ring, fill] = [...entities[0]!.getElementsByTagName('circle')];
    expect(ring!.getAttribute('fill')).toBe(g.getNodeAttribute('per-1', 'ringColor'));
    expect(fill!.getAttribute('fill')).toBe('#4e79a7');
    // Ana is right of and above the company: larger x, smaller page y.
    expect(Number(ring!.getAttribute('cx'))).toBeGreaterThan(Number(entities[1]!.getElementsByTagName('circle')[0]!.getAttribute('cx')));
    expect(Number(ring!.getAttribute('cy'))).toBeLessThan(Number(entities[1]!.getElementsByTagName('circle')[0]!.getAttribute('cy')));
    expect([...root.getElementsByTagName('text')].map((t) => t.textContent)).toEqual(['Ana Ríos', TRICKY]);
    expect(root.getElementsByTagName('path')).toHaveLength(1);
    expect(root.getElementsByTagName('polygon')).toHaveLength(1);
  });

  it('draws sticky notes on the page, escaped and wrapped', () => {
    const root = readXml(toSVG(chart(), { notes: [{ x: 0, y: 0, text: 'Ask <customs> & "DHL" about the waybill from Lima' }] }));
    const note = all(root, 'g').find((g) => g.attrs.class === 'note')!;
    const lines = all(note, 'tspan').map((t) => t.text);
    expect(lines.join(' ')).toBe('Ask <customs> & "DHL" about the waybill from Lima');
    expect(lines.length).toBeGreaterThan(1);
    expect(Number(all(note, 'rect')[0]!.attrs.x) + Number(all(note, 'rect')[0]!.attrs.width)).toBeLessThanOrEqual(Number(root.attrs.width));
  });

  it('leaves hidden entities and their links out', () => {
    const svg = parse(toSVG(chart()));
    expect([...svg.documentElement.getElementsByTagName('text')].map((t) => t.textContent)).toEqual(['Ana Ríos']);
    expect(svg.documentElement.getElementsByTagName('path')).toHaveLength(0);
  });
});

it('names files by the day', () => {
  expect(exportFileName('png', undefined, new Date(2026, 10, 28, 12))).toBe('touchstone-chart-2026-11-28.png');
  expect(exportFileName('csv', 'links', new Date(2026, 0, 5))).toBe('touchstone-chart-2026-01-05-links.csv');
});
