// Case-level access: records entered in a case (the fixture's case) are invisible to everyone
// outside it — in search, entity, expand, paths, trails, ownership, canned queries and statistics —
// and an id of such a record is answered exactly like an unknown id.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { errorCode } from './graph-client';
import { useGraphFixture } from './graph-suite';

const t = useGraphFixture();
const RESTRICTED = [
  'per-gxSecret',
  'acc-gxS',
  'doc-gxS',
  'sz-gx2',
  'txn-gx8',
  'txn-gx9',
  'txn-gx10',
  'txn-gx11',
];

/** Every id anywhere in a reply. */
function idsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const m of value.matchAll(/[a-z]{2,8}-gx[A-Za-z0-9]+/g)) found.add(m[0]);
  } else if (Array.isArray(value)) value.forEach((v) => idsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idsIn(v, found));
  return found;
}

function expectNothingRestricted(reply: unknown) {
  const leaked = [...idsIn(reply)].filter((id) => RESTRICTED.includes(id) || id === 'lnk-gxdoc2');
  expect(leaked).toEqual([]);
  expect(JSON.stringify(reply)).not.toMatch(/Secretariano|Informant report|shadow director/);
}

describe('records entered in a case', () => {
  it('are not found by search, except by the case members', async () => {
    for (const text of ['Secretariano', 'Sergio', 'informant report', 'XA00 0420 0000 0007']) {
      const r = await t.outsider('search', { text, limit: 100 });
      expectNothingRestricted(r);
    }
    expect(
      (await t.member('search', { text: 'Secretariano' })).hits.map(
        (h: { node: { key: string } }) => h.node.key,
      ),
    ).toEqual(['per-gxSecret']);
  });

  it('answer NOT_FOUND by id, exactly like ids that do not exist', async () => {
    for (const id of RESTRICTED) {
      expect(await errorCode(t.outsider('entity', { id })), id).toBe('NOT_FOUND');
      expect(await errorCode(t.outsider('expand', { ids: [id] })), id).toBe('NOT_FOUND');
    }
    expect(await errorCode(t.outsider('shortestPaths', { from: 'per-gxSecret', to: 'com-gxAurum' }))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(t.outsider('shortestPaths', { from: 'com-gxAurum', to: 'per-gxSecret' }))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(t.outsider('moneyTrail', { from: 'acc-gxS' }))).toBe('NOT_FOUND');
    expect(await errorCode(t.outsider('metalTrail', { from: 'sz-gx2' }))).toBe('NOT_FOUND');
    const unknown = await t.outsider('entity', { id: 'per-gxNobody' }).catch((e: Error) => e.message);
    const hidden = await t.outsider('entity', { id: 'per-gxSecret' }).catch((e: Error) => e.message);
    expect(hidden.replace('per-gxSecret', 'ID')).toBe(unknown.replace('per-gxNobody', 'ID'));
    expect((await t.member('entity', { id: 'per-gxSecret' })).node.attributes.caseId).toBe(t.caseId);
  });

  it('are left out of the links of visible entities, their counts and provenance', async () => {
    for (const id of ['com-gxAurum', 'off-gxRamos', 'com-gxShell', 'acc-gxD', 'acc-gxN', 'acc-gxR']) {
      expectNothingRestricted(await t.outsider('entity', { id }));
    }
    const outside = await t.outsider('entity', { id: 'com-gxAurum' });
    expect(outside.links.map((g: { type: string }) => g.type)).not.toContain('DIRECTOR_OF');
    const inside = await t.member('entity', { id: 'com-gxAurum' });
    const director = inside.links.find((g: { type: string }) => g.type === 'DIRECTOR_OF');
    expect(director.links[0].edge.attributes.provenance.sourceTitle).toBe(
      'Informant report on Sergio Secreto',
    );
  });

  it('are left out of neighbourhoods and money edges', async () => {
    for (const ids of [['com-gxShell'], ['off-gxRamos'], ['acc-gxD', 'acc-gxN', 'acc-gxR']]) {
      const r = await t.outsider('expand', { ids, depth: 3 });
      expectNothingRestricted(r);
    }
    const member = Graph.from((await t.member('expand', { ids: ['acc-gxD'] })).graph);
    expect(member.getEdgeAttribute('paid:acc-gxD>acc-gxS', 'money').transactionIds).toEqual(['txn-gx8']);
    const outsider = Graph.from(
      (await t.outsider('expand', { ids: ['acc-gxR'], linkTypes: ['PAID'] })).graph,
    );
    expect(outsider.nodes().sort()).toEqual(['acc-gxA', 'acc-gxR']);
  });

  it('are left out of paths', async () => {
    const outside = await t.outsider('shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', k: 5 });
    expectNothingRestricted(outside);
    const inside = await t.member('shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', k: 5 });
    expect(inside.paths.some((p: { nodeIds: string[] }) => p.nodeIds.includes('per-gxSecret'))).toBe(true);
  });

  it('are left out of money and metal trails and of ownership', async () => {
    const trail = await t.outsider('moneyTrail', { from: 'acc-gxA', since: '2021-01-01', maxDwellDays: 3 });
    expectNothingRestricted(trail);
    const memberTrail = await t.member('moneyTrail', {
      from: 'acc-gxA',
      since: '2021-01-01',
      maxDwellDays: 3,
    });
    expect(memberTrail.endpoints.find((e: { accountId: string }) => e.accountId === 'acc-gxS')).toMatchObject(
      { totalUsd: 30_000, holderIds: ['per-gxSecret'] },
    );
    expectNothingRestricted(await t.outsider('moneyTrail', { from: 'acc-gxN', direction: 'BACKWARD' }));

    const metal = await t.outsider('metalTrail', { from: 'mine-gxM1' });
    expectNothingRestricted(metal);
    expect((await t.member('metalTrail', { from: 'mine-gxM1' })).shipments[0].seizureIds).toEqual(['sz-gx2']);

    const owners = await t.outsider('ownership', { id: 'com-gxShell' });
    expectNothingRestricted(owners);
    const inside = await t.member('ownership', { id: 'com-gxAurum' });
    expect(inside.owners.find((o: { id: string }) => o.id === 'per-gxSecret').effectiveShare).toBeCloseTo(
      0.12,
      9,
    );
  });

  it('are left out of canned queries and statistics', async () => {
    const outside = await t.outsider('runCannedQuery', {
      name: 'money-cycle',
      params: { from: '2021-01-01', until: '2022-01-01' },
    });
    expectNothingRestricted(outside);
    const inside = await t.member('runCannedQuery', {
      name: 'money-cycle',
      params: { from: '2021-01-01', until: '2022-01-01' },
    });
    expect(inside.rows.map((r: { subjectId: string }) => r.subjectId)).toEqual(
      expect.arrayContaining(['acc-gxA', 'acc-gxS']),
    );

    const stats = await t.outsider('statistics', { groupBy: 'COUNTRY', countries: ['XP'] });
    expectNothingRestricted(stats);
    expect(stats.groups[0].seizures).toMatchObject({ count: 1, kg: 75 });
    const memberStats = await t.member('statistics', { groupBy: 'COUNTRY', countries: ['XP'] });
    expect(memberStats.groups[0].seizures).toMatchObject({ count: 2, kg: 85 });
  });
});
