// search, entity, expand and shortestPaths on the hand-made fixture (graph-fixture.ts).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { useGraphFixture } from './graph-suite';

const t = useGraphFixture();
const keys = (hits: { node: { key: string } }[]) => hits.map((h) => h.node.key);

describe('search', () => {
  it('finds a name whatever the accents and case, best match first', async () => {
    for (const text of ['Ñahuincopa', 'nahuincopa', 'NAHUINCOPA', 'josé ñahuincopa']) {
      const r = await t.outsider('search', { text });
      expect(keys(r.hits)[0], text).toBe('per-gxJose');
    }
    const both = await t.outsider('search', { text: 'ñahuincopa' });
    expect(keys(both.hits).slice(0, 2).sort()).toEqual(['per-gxJose', 'per-gxNina']);
    expect(both.hits[0].score).toBeGreaterThanOrEqual(both.hits[1].score);
  });

  it('matches prefixes, misspellings, aliases, transliterations and identifiers', async () => {
    expect(keys((await t.outsider('search', { text: 'nahuin' })).hits)).toContain('per-gxJose');
    expect(keys((await t.outsider('search', { text: 'Nahuinkopa' })).hits)).toContain('per-gxJose');
    expect(keys((await t.outsider('search', { text: 'Хосе Ньяуинкопа' })).hits)[0]).toBe('per-gxJose');
    expect(keys((await t.outsider('search', { text: 'Златоустов' })).hits)).toEqual(['per-gxIvan']);
    expect(keys((await t.outsider('search', { text: 'XP778899' })).hits)).toContain('per-gxJose');
    expect(keys((await t.outsider('search', { text: 'AWB-999-00001' })).hits)).toContain('shp-gx2');
  });

  it('filters by type and pages with a cursor without repeating or skipping', async () => {
    const companies = await t.outsider('search', { text: 'zenobia', types: ['Company'], limit: 50 });
    expect(
      keys(companies.hits)
        .filter((k: string) => k.includes('gx'))
        .sort(),
    ).toEqual(['com-gxAurum', 'com-gxHold1', 'com-gxHold2', 'com-gxShell', 'ref-gxHelv']);
    expect(
      companies.hits.every((h: { node: { attributes: { types: string[] } } }) =>
        h.node.attributes.types.includes('Company'),
      ),
    ).toBe(true);

    const all = keys((await t.outsider('search', { text: 'zenobia', limit: 100 })).hits);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: { hits: { node: { key: string } }[]; nextCursor: string | null } = await t.outsider(
        'search',
        { text: 'zenobia', limit: 3, after },
      );
      expect(page.hits.length).toBeLessThanOrEqual(3);
      paged.push(...keys(page.hits));
      after = page.nextCursor;
    } while (after);
    expect(paged).toEqual(all);
    expect(all.length).toBeGreaterThanOrEqual(9);
  });

  it('lists the words as written before near spellings, and pages across the two without repeating or skipping', async () => {
    // "nina" is a name's word as written and one letter from a mine's "Mina".
    const all = keys((await t.outsider('search', { text: 'Nina', limit: 100 })).hits);
    expect(all[0]).toBe('per-gxNina');
    expect(all).toContain('mine-gxM1');
    const mine = keys((await t.outsider('search', { text: 'Mina', limit: 100 })).hits);
    expect(mine.indexOf('mine-gxM1')).toBeLessThan(mine.indexOf('per-gxNina'));
    expect(mine).toContain('per-gxNina');

    for (const limit of [1, 2]) {
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: { hits: { node: { key: string } }[]; nextCursor: string | null } = await t.outsider(
          'search',
          { text: 'Nina', limit, after },
        );
        paged.push(...keys(page.hits));
        after = page.nextCursor;
      } while (after);
      expect(paged, `limit ${limit}`).toEqual(all);
    }
  });

  it('treats hostile text as plain words, never as a server error', async () => {
    const hostile = [
      '"',
      "'",
      '(',
      ')',
      '[a TO z]',
      '{',
      '\\',
      '\\\\"',
      'AND',
      'OR NOT AND',
      '*',
      '?',
      '~',
      '^2',
      'name:x',
      'a && b || c',
      '!',
      '/regex/',
      '")) OR 1=1 //',
      'ñahuincopa" OR "x',
    ];
    for (const text of hostile) {
      const r = await t.outsider('search', { text });
      expect(Array.isArray(r.hits), text).toBe(true);
    }
    expect(keys((await t.outsider('search', { text: 'ñahuincopa" OR "x' })).hits)).toContain('per-gxJose');
  });

  it('returns its hits as a graph of nodes', async () => {
    const r = await t.outsider('search', { text: 'zlatoustov' });
    const graph = Graph.from(r.graph);
    expect(graph.order).toBe(1);
    expect(graph.getNodeAttribute('per-gxIvan', 'label')).toBe('Ivan Zlatoustov');
  });
});

describe('entity', () => {
  it('gives all properties, links by type with counts and the provenance of each fact', async () => {
    const e = await t.outsider('entity', { id: 'com-gxAurum' });
    expect(e.node.attributes).toMatchObject({
      type: 'Company',
      label: 'Auric Zenobia Export S.A.C.',
      properties: { jurisdiction: 'XP', incorporationDate: '2020-01-10', kinds: ['EXPORTER'] },
    });
    const group = (type: string, direction: string) =>
      e.links.find((g: { type: string; direction: string }) => g.type === type && g.direction === direction);
    expect(group('EXPORTED', 'OUT').count).toBe(2);
    expect(group('OWNS', 'IN').count).toBe(3);
    expect(group('OWNS', 'OUT').count).toBe(1);
    expect(group('HOLDS_LICENCE', 'OUT').links[0].other.key).toBe('lic-gxE');
    const exported = group('EXPORTED', 'OUT').links[0].edge;
    expect(exported.attributes.provenance).toEqual({
      sourceId: 'doc-gx1',
      sourceTitle: 'Customs declarations of Auric Zenobia Export, 2021',
      sourceKind: 'CUSTOMS_DECLARATION',
      sourceDate: '2021-05-02',
      enteredBy: 'analyst.fixture',
      enteredAt: '2022-07-01T09:00:00Z',
      sourceReliability: 'B',
      infoReliability: '2',
      grade: 'B2',
    });
    expect(e.sources.map((s: { key: string }) => s.key)).toEqual(['doc-gx3']);
    const graph = Graph.from(e.graph);
    expect(graph.hasNode('shp-gx1') && graph.hasNode('lic-gxE')).toBe(true);
  });

  it('lists only the first links of a group but counts them all', async () => {
    const e = await t.outsider('entity', { id: 'com-gxAurum', linksPerType: 1 });
    const owners = e.links.find(
      (g: { type: string; direction: string }) => g.type === 'OWNS' && g.direction === 'IN',
    );
    expect(owners.count).toBe(3);
    expect(owners.links).toHaveLength(1);
    expect(e.graph.attributes.truncated).toBe(true);
  });
});

describe('expand', () => {
  it('folds the transactions between two accounts into one money edge', async () => {
    const r = await t.outsider('expand', { ids: ['acc-gxA'] });
    const graph = Graph.from(r.graph);
    expect(graph.nodes().sort()).toEqual([
      'acc-gxA',
      'acc-gxB',
      'acc-gxC',
      'acc-gxD',
      'acc-gxR',
      'com-gxAurum',
    ]);
    const ab = graph.getEdgeAttributes('paid:acc-gxA>acc-gxB');
    expect(ab.money).toEqual({
      count: 2,
      totalUsd: 105_000,
      firstAt: '2020-06-01T10:00:00Z',
      lastAt: '2021-03-01T10:00:00Z',
      transactionIds: ['txn-gx5', 'txn-gx1'],
      complete: true,
      sourceIds: ['doc-gx2'],
    });
    expect(graph.edges('acc-gxA', 'acc-gxB')).toHaveLength(1);
    expect(graph.getEdgeAttribute('paid:acc-gxC>acc-gxA', 'money').totalUsd).toBe(50_000);
    expect(graph.getEdgeAttribute('lnk-gx12', 'provenance').sourceTitle).toBe(
      'Bank statements, Banco Fixturia, 2020–2022',
    );
    expect(r.truncated).toBe(false);
  });

  it('draws chosen entities again: the links among them and all the money between their accounts', async () => {
    const graph = Graph.from(
      await t.outsider('subgraph', { ids: ['acc-gxA', 'acc-gxB', 'com-gxAurum', 'per-gxSecret'] }),
    );
    expect(graph.nodes().sort()).toEqual(['acc-gxA', 'acc-gxB', 'com-gxAurum']);
    expect(graph.getEdgeAttribute('paid:acc-gxA>acc-gxB', 'money')).toMatchObject({
      count: 2,
      totalUsd: 105_000,
      transactionIds: ['txn-gx5', 'txn-gx1'],
    });
    expect(graph.edges('com-gxAurum', 'acc-gxA').map((e) => graph.getEdgeAttribute(e, 'type'))).toEqual([
      'HOLDS_ACCOUNT',
    ]);
    expect(graph.hasEdge('paid:acc-gxB>acc-gxA')).toBe(false);
    await expect(t.outsider('subgraph', { ids: [] })).rejects.toThrow(
      /BAD_USER_INPUT: ids: give at least 1 id/,
    );
  });

  it('goes to the depth asked, in the direction and types asked', async () => {
    const d2 = Graph.from(
      (await t.outsider('expand', { ids: ['per-gxNina'], depth: 2, linkTypes: ['OWNS'] })).graph,
    );
    expect(d2.nodes().sort()).toEqual(['com-gxAurum', 'com-gxHold1', 'per-gxJose', 'per-gxNina']);
    const out = Graph.from(
      (await t.outsider('expand', { ids: ['com-gxHold2'], linkTypes: ['OWNS'], direction: 'OUT' })).graph,
    );
    expect(out.nodes().sort()).toEqual(['com-gxAurum', 'com-gxHold2', 'com-gxShell']);
    const accounts = Graph.from(
      (await t.outsider('expand', { ids: ['com-gxAurum'], entityTypes: ['BankAccount'] })).graph,
    );
    expect(accounts.nodes().sort()).toEqual(['acc-gxA', 'com-gxAurum']);
  });

  it('keeps only money and dated facts inside the window', async () => {
    const r = Graph.from(
      (
        await t.outsider('expand', {
          ids: ['acc-gxA'],
          linkTypes: ['PAID'],
          from: '2021-01-01',
          until: '2021-03-31',
        })
      ).graph,
    );
    expect(r.getEdgeAttribute('paid:acc-gxA>acc-gxB', 'money')).toMatchObject({
      count: 1,
      totalUsd: 100_000,
    });
    expect(r.hasNode('acc-gxR')).toBe(false);
    expect(r.hasNode('com-gxAurum')).toBe(false);
  });

  it('caps a crowded node, shares the cap among types and counts what was left out', async () => {
    const r = await t.outsider('expand', { ids: ['com-gxAurum'], perNode: 3 });
    expect(r.truncated).toBe(true);
    expect(r.graph.nodes).toHaveLength(4);
    const types = new Set(r.graph.edges.map((e: { attributes: { type: string } }) => e.attributes.type));
    expect(types.size).toBe(3);
    const full = await t.outsider('expand', { ids: ['com-gxAurum'] });
    expect(r.omittedTotal).toBe(full.graph.edges.length - 3);
    expect(r.omitted.reduce((s: number, o: { count: number }) => s + o.count, 0)).toBe(r.omittedTotal);
    expect(r.cappedNodes).toEqual([{ id: 'com-gxAurum', total: full.graph.edges.length, shown: 3 }]);
    expect(r.omitted).toContainEqual(expect.objectContaining({ linkType: 'OWNS', entityType: 'Company' }));
  });

  it('stops at the node limit and says so', async () => {
    const r = await t.outsider('expand', { ids: ['com-gxAurum'], depth: 2, limit: 5 });
    expect(r.graph.nodes).toHaveLength(5);
    expect(r.truncated).toBe(true);
    expect(r.omittedTotal).toBeGreaterThan(0);
  });
});

describe('shortestPaths', () => {
  it('finds the shortest and the k shortest paths from the official to the exporter', async () => {
    const one = await t.outsider('shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum' });
    expect(one.paths).toEqual([
      {
        length: 2,
        nodeIds: ['off-gxRamos', 'lic-gxE', 'com-gxAurum'],
        edgeKeys: [expect.any(String), expect.any(String)],
      },
    ]);
    const graph = Graph.from(one.graph);
    expect(graph.getEdgeAttribute(one.paths[0].edgeKeys[0], 'type')).toBe('APPROVED_BY');
    expect(graph.getEdgeAttribute(one.paths[0].edgeKeys[1], 'provenance').sourceKind).toBe(
      'LICENCE_REGISTER',
    );

    const three = await t.outsider('shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', k: 3 });
    expect(three.paths.map((p: { length: number }) => p.length)).toEqual([2, 3, 4]);
    expect(three.paths[1].nodeIds).toEqual(['off-gxRamos', 'lic-gxC1', 'com-gxHold1', 'com-gxAurum']);
  });

  it('shows a payment on a path as one money edge', async () => {
    const r = await t.outsider('shortestPaths', {
      from: 'off-gxRamos',
      to: 'com-gxAurum',
      linkTypes: ['HOLDS_ACCOUNT', 'PAID'],
    });
    expect(r.paths[0].nodeIds).toEqual(['off-gxRamos', 'acc-gxR', 'acc-gxA', 'com-gxAurum']);
    expect(r.paths[0].edgeKeys[1]).toBe('paid:acc-gxA>acc-gxR');
    expect(r.paths[0].length).toBe(3);
    const graph = Graph.from(r.graph);
    expect(graph.hasNode('txn-gx7')).toBe(false);
    expect(graph.getEdgeAttribute('paid:acc-gxA>acc-gxR', 'money')).toMatchObject({
      count: 1,
      totalUsd: 20_000,
      transactionIds: ['txn-gx7'],
    });
  });

  it('does not run through countries or documents unless asked', async () => {
    const none = await t.outsider('shortestPaths', { from: 'mine-gxM2', to: 'sz-gx3', maxHops: 4 });
    expect(none.paths).toEqual([]);
    const via = await t.outsider('shortestPaths', {
      from: 'mine-gxM1',
      to: 'mine-gxM2',
      linkTypes: ['LOCATED_IN'],
      maxHops: 2,
    });
    expect(via.paths[0].nodeIds).toEqual(['mine-gxM1', 'ctry-gxXP', 'mine-gxM2']);
  });
});
