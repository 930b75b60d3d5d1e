/**
 * A made-up investigation chart for the rendering benchmark, built from a seed so the workbench
 * page and the bare-sigma page draw the very same graph: a mix of entity types with flags, money
 * links between accounts with amounts, and parallel links, as the API would send them. Positions
 * come from a clustered layout computed here, so no layout runs while frames are measured.
 */
import { seededRandom } from '../analytics/seeded-random';
import type { ApiEdge, ApiGraph, ApiNode, MoneyFlow } from '../graphql/types';

/** A graph to draw and where each of its entities sits. */
export interface BenchGraph {
  api: ApiGraph;
  positions: Map<string, { x: number; y: number }>;
}

/** Sizes and seed, as given in the page's query string (`?nodes=20000&links=100000&seed=1`). */
export interface BenchGraphSpec {
  nodes: number;
  links: number;
  seed: number;
}

/** The spec in a page address, with 5k/20k as the default. */
export function specOf(search: string): BenchGraphSpec {
  const q = new URLSearchParams(search);
  const int = (name: string, fallback: number) => {
    const value = Number(q.get(name) ?? fallback);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return { nodes: int('nodes', 5000), links: int('links', 20000), seed: int('seed', 1) };
}

// Entity types with their share of a large investigation chart.
const TYPE_MIX: [string, number][] = [
  ['Person', 22], ['Company', 16], ['BankAccount', 20], ['Address', 7], ['Shipment', 8], ['Mine', 4],
  ['Licence', 4], ['SourceDocument', 5], ['Official', 2], ['Refinery', 1], ['CriminalGroup', 1],
  ['Country', 1], ['Sample', 2], ['Seizure', 1], ['Prosecution', 1], ['Transaction', 5],
];
const OTHER_LINKS = ['OWNS', 'DIRECTOR_OF', 'HOLDS_ACCOUNT', 'ASSOCIATE_OF', 'MEMBER_OF', 'EXPORTED', 'SOLD_TO', 'LOCATED_AT', 'MENTIONED_IN', 'HOLDS_LICENCE'];
const FIRST = ['Kofi', 'Ama', 'Yaw', 'Abena', 'Kwame', 'Efua', 'Jean', 'Marie', 'Luis', 'Ana', 'Omar', 'Lina'];
const LAST = ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Diallo', 'Traoré', 'Silva', 'Rojas', 'Haddad', 'Nasser'];
const FIRMS = ['Gold', 'Sahel', 'Atlas', 'Meridian', 'Coastal', 'Summit', 'Delta', 'Crown'];

function pickType(r: () => number): string {
  const total = TYPE_MIX.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [type, w] of TYPE_MIX) if ((x -= w) < 0) return type;
  return 'Person';
}

function labelOf(type: string, i: number, r: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  if (type === 'Person' || type === 'Official') return `${pick(FIRST)} ${pick(LAST)}`;
  if (type === 'Company' || type === 'Refinery') return `${pick(FIRMS)} ${pick(LAST)} Ltd`;
  if (type === 'BankAccount') return `GH${String(1e9 + i * 7919).slice(0, 10)}`;
  return `${type} ${i}`;
}

function propertiesOf(type: string, r: () => number): Record<string, unknown> {
  const year = 2015 + Math.floor(r() * 10);
  const p: Record<string, unknown> = { date: `${year}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}` };
  if (r() < 0.01) p.isSanctioned = true;
  if (type === 'Person' && r() < 0.03) p.isConvicted = true;
  if (type === 'Person' && r() < 0.02) p.isPep = true;
  if (type === 'Mine' && r() < 0.3) p.legalStatus = 'ILLEGAL';
  return p;
}

function moneyOf(r: () => number): MoneyFlow {
  const count = 1 + Math.floor(-Math.log(1 - r()) * 4);
  const totalUsd = Math.round(Math.exp(6 + r() * 10));
  const first = Date.UTC(2018, 0, 1) + Math.floor(r() * 5 * 365) * 86_400_000;
  return {
    count,
    totalUsd,
    firstAt: new Date(first).toISOString(),
    lastAt: new Date(first + Math.floor(r() * 200) * 86_400_000).toISOString(),
    transactionIds: [],
    complete: true,
    sourceIds: [],
  };
}

/** The graph of `spec`: the same every time for the same spec. */
export function benchGraph(spec: BenchGraphSpec): BenchGraph {
  const r = seededRandom(spec.seed);
  const clusters = Math.max(4, Math.round(Math.sqrt(spec.nodes) / 3));
  const centres = Array.from({ length: clusters }, (_, i) => {
    // Cluster centres on a golden-angle disc; members spread around them.
    const radius = 1000 * Math.sqrt((i + 0.5) / clusters);
    return { x: radius * Math.cos(i * 2.399963), y: radius * Math.sin(i * 2.399963) };
  });
  const spread = 1000 / Math.sqrt(clusters);
  const nodes: ApiNode[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  const members: string[][] = centres.map(() => []);
  for (let i = 0; i < spec.nodes; i++) {
    const c = Math.floor(r() * clusters);
    const key = `e${i}`;
    const type = pickType(r);
    const caseId = r() < 0.05 ? 'case-1' : null;
    nodes.push({ key, attributes: { label: labelOf(type, i, r), type, types: ['Entity', type], caseId, properties: propertiesOf(type, r) } });
    // Box–Muller: a round, dense cluster.
    const d = spread * 0.35 * Math.sqrt(-2 * Math.log(1 - r()));
    const a = 2 * Math.PI * r();
    positions.set(key, { x: centres[c]!.x + d * Math.cos(a), y: centres[c]!.y + d * Math.sin(a) });
    members[c]!.push(key);
  }
  const filled = members.filter((m) => m.length > 0);
  const clusterOf = (u: number) => filled[Math.floor(u * filled.length)]!;
  const edges: ApiEdge[] = [];
  for (let i = 0; i < spec.links; i++) {
    const previous = edges.length > 0 && r() < 0.12 ? edges[Math.floor(r() * edges.length)]! : null;
    let source: string;
    let target: string;
    if (previous) {
      // A parallel link: the same two entities, either way round.
      [source, target] = r() < 0.5 ? [previous.source, previous.target] : [previous.target, previous.source];
    } else {
      const home = clusterOf(r());
      source = home[Math.floor(r() * home.length)]!;
      const away = r() < 0.1 ? clusterOf(r()) : home;
      target = away[Math.floor(r() * away.length)]!;
    }
    const money = r() < 0.35;
    const type = money ? 'PAID' : OTHER_LINKS[Math.floor(r() * OTHER_LINKS.length)]!;
    edges.push({
      key: `l${i}`,
      source,
      target,
      attributes: { type, label: type, caseId: null, properties: {}, provenance: null, money: money ? moneyOf(r) : null },
    });
  }
  return { api: { attributes: { kind: 'bench', truncated: false }, nodes, edges }, positions };
}
