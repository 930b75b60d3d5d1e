// A request that shows only labels and types gets the same chart as one selecting everything:
// the same entities, labels, links and money, and the same case access; provenance, when
// selected alone, is the same too.
import { describe, expect, it } from 'vitest';
import type { GraphNode, SerializedGraph } from '../src/services/graph/graph-shape';
import { DOCUMENTS } from './graph-documents';
import { useGraphFixture } from './graph-suite';

const t = useGraphFixture();

const LEAN_GRAPH = `nodes { key attributes { label type types caseId } }
  edges { key source target attributes { type label caseId money { count totalUsd transactionIds sourceIds } } }`;
const PROVENANCE = 'provenance { sourceId sourceTitle sourceKind sourceDate enteredBy enteredAt grade }';
const WITH_PROVENANCE = LEAN_GRAPH.replace('caseId money', `caseId ${PROVENANCE} money`);

const EXPAND = (graph: string) => `query($ids: [ID!]!) {
  expand(ids: $ids, depth: 2) { truncated omittedTotal graph { ${graph} } } }`;
const SEARCH = `query($text: String!) { search(text: $text, limit: 50) { hits { score node { key attributes { label type caseId } } } } }`;
const PATHS = (graph: string) => `query($from: ID!, $to: ID!, $linkTypes: [String!], $k: Int) {
  shortestPaths(from: $from, to: $to, linkTypes: $linkTypes, k: $k) { paths { length nodeIds edgeKeys } graph { ${graph} } } }`;

type Who = 'outsider' | 'member';
/** The parts of the three operations' replies these tests read; a lean reply has fewer attributes. */
interface Reply {
  graph: SerializedGraph;
  truncated: boolean;
  omittedTotal: number;
  hits: { score: number; node: GraphNode }[];
  paths: unknown[];
}

async function call(who: Who, query: string, variables: Record<string, unknown>): Promise<Reply> {
  const r = await t.test.gql<Record<string, Reply>>(query, variables, t.tokens[who]);
  if (!r.data) throw new Error(r.text);
  return Object.values(r.data)[0]!;
}

/** A full reply cut down to what the lean document selects. */
function leanOf(graph: SerializedGraph, withProvenance = false) {
  return {
    nodes: graph.nodes.map(({ key, attributes: { label, type, types, caseId } }) => ({
      key,
      attributes: { label, type, types, caseId },
    })),
    edges: graph.edges.map(({ key, source, target, attributes: a }) => ({
      key,
      source,
      target,
      attributes: {
        type: a.type,
        label: a.label,
        caseId: a.caseId,
        ...(withProvenance && {
          provenance: a.provenance && {
            sourceId: a.provenance.sourceId,
            sourceTitle: a.provenance.sourceTitle,
            sourceKind: a.provenance.sourceKind,
            sourceDate: a.provenance.sourceDate,
            enteredBy: a.provenance.enteredBy,
            enteredAt: a.provenance.enteredAt,
            grade: a.provenance.grade,
          },
        }),
        money: a.money && {
          count: a.money.count,
          totalUsd: a.money.totalUsd,
          transactionIds: a.money.transactionIds,
          sourceIds: a.money.sourceIds,
        },
      },
    })),
  };
}

describe('replies that show only labels and types', () => {
  it('expand to the same chart, entities labelled from their facts included', async () => {
    const variables = { ids: ['per-gxJose', 'com-gxAurum', 'acc-gxA'] };
    for (const who of ['outsider', 'member'] as Who[]) {
      const full = await call(who, DOCUMENTS.expand, { ...variables, depth: 2 });
      const lean = await call(who, EXPAND(LEAN_GRAPH), variables);
      expect(lean.graph, who).toEqual(leanOf(full.graph));
      expect([lean.truncated, lean.omittedTotal]).toEqual([full.truncated, full.omittedTotal]);
      const labels = new Map(lean.graph.nodes.map((n) => [n.key, n.attributes.label]));
      expect(labels.get('acc-gxA')).toBe('XP00 0420 0000 0001 · Banco Fixturia');
      expect(labels.get('shp-gx1')).toBe('AWB-123-45678 2021-05-01 50 kg');
      expect(labels.get('per-gxSecret')).toBe(who === 'member' ? 'Sergio Secretariano' : undefined);
    }
    const withProvenance = await call('member', EXPAND(WITH_PROVENANCE), variables);
    const full = await call('member', DOCUMENTS.expand, { ...variables, depth: 2 });
    expect(withProvenance.graph).toEqual(leanOf(full.graph, true));
    expect(withProvenance.graph.edges.some((e) => e.attributes.provenance?.sourceTitle)).toBe(true);
  });

  it('search to the same hits in the same order', async () => {
    for (const who of ['outsider', 'member'] as Who[]) {
      const full = await call(who, DOCUMENTS.search, { text: 'zenobia', limit: 50 });
      const lean = await call(who, SEARCH, { text: 'zenobia' });
      expect(lean.hits, who).toEqual(
        full.hits.map(({ score, node: { key, attributes: a } }) => ({
          score,
          node: { key, attributes: { label: a.label, type: a.type, caseId: a.caseId } },
        })),
      );
    }
  });

  it('find the same paths, a payment on them folded the same way', async () => {
    for (const variables of [
      { from: 'off-gxRamos', to: 'com-gxAurum', k: 3 },
      { from: 'off-gxRamos', to: 'com-gxAurum', linkTypes: ['HOLDS_ACCOUNT', 'PAID'] },
    ]) {
      const full = await call('outsider', DOCUMENTS.shortestPaths, variables);
      const lean = await call('outsider', PATHS(LEAN_GRAPH), variables);
      expect(lean.paths).toEqual(full.paths);
      expect(lean.graph).toEqual(leanOf(full.graph));
    }
  });
});
