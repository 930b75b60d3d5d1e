import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './support/graphql-client';
import { publicEntities, removeFixtures, restrictedPerson } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let lead: { name: string; token: string };
let member: { name: string; token: string };
let viewer: { name: string; token: string };
let outsider: { name: string; token: string };
let ids: { person: string; company: string };
// The user cache (auth/user-cache.ts) is on with a window longer than this file, so membership
// changes are seen at once only because the API drops the member's cached entry when it makes them.
const previousWindow = process.env.TOUCHSTONE_AUTH_CACHE_MS;
beforeAll(async () => {
  process.env.TOUCHSTONE_AUTH_CACHE_MS = '600000';
  t = await startTestApi();
  [lead, member, viewer, outsider] = await Promise.all([
    t.user('investigator', 'lead'),
    t.user('analyst', 'member'),
    t.user('prosecutor', 'viewer'),
    t.user('investigator', 'outsider'),
  ]);
  ids = await publicEntities(t.driver, t.suffix);
});
afterAll(async () => {
  if (previousWindow === undefined) delete process.env.TOUCHSTONE_AUTH_CACHE_MS;
  else process.env.TOUCHSTONE_AUTH_CACHE_MS = previousWindow;
  await removeFixtures(t.driver, t.suffix);
  await t?.close();
});

const CASE_FIELDS =
  'id title description status myRole createdBy members { user role addedBy } entityCount entities { id type label addedBy } charts { id name version }';

async function createCase(title = 'Operation Dorado') {
  const reply = await t.gql<{ createCase: { id: string } }>(
    `mutation($i: CreateCaseInput!) { createCase(input: $i) { ${CASE_FIELDS} } }`,
    { i: { title, description: 'Gold via transit hubs' } },
    lead.token,
  );
  expect(reply.errors).toBeUndefined();
  return reply.data!.createCase as unknown as Record<string, unknown> & { id: string };
}

async function addMember(caseId: string, user: string, role: string) {
  const reply = await t.gql(
    `mutation($c: ID!, $u: String!, $r: CaseRole!) { setCaseMember(caseId: $c, user: $u, role: $r) { id } }`,
    { c: caseId, u: user, r: role },
    lead.token,
  );
  expect(reply.errors).toBeUndefined();
}

const chartDocument = (ids: string[]) => ({
  format: 1,
  nodes: ids.map((key, i) => ({ key, x: i * 10, y: 0, label: key })),
  edges: ids.length > 1 ? [{ key: 'e1', source: ids[0], target: ids[1], label: 'director' }] : [],
  annotations: [{ id: 'a1', kind: 'text', x: 0, y: 20, text: 'Board in 2021' }],
  notes: [{ id: 'n1', text: 'From the registry extract', author: 'lead' }],
  snapshots: [{ id: 's1', name: 'first look', positions: Object.fromEntries(ids.map((k) => [k, [0, 0]])) }],
  viewport: { x: 0.5, y: 0.5, ratio: 1 },
});

describe('cases', () => {
  it('are created with the creator as LEAD and listed only for their members', async () => {
    const created = await createCase();
    expect(created).toMatchObject({
      title: 'Operation Dorado',
      status: 'OPEN',
      myRole: 'LEAD',
      createdBy: lead.name,
      members: [{ user: lead.name, role: 'LEAD', addedBy: lead.name }],
      entityCount: 0,
      charts: [],
    });
    expect(created.id).toMatch(/^case-[0-9a-f-]{36}$/);
    const mine = await t.gql<{ cases: { cases: { id: string }[] } }>(
      '{ cases { cases { id myRole } nextCursor } }',
      {},
      lead.token,
    );
    expect(mine.data!.cases.cases.map((c) => c.id)).toContain(created.id);
    const theirs = await t.gql<{ cases: { cases: { id: string }[] } }>(
      '{ cases { cases { id } } }',
      {},
      outsider.token,
    );
    expect(theirs.data!.cases.cases.map((c) => c.id)).not.toContain(created.id);
    expect(codeOf(await t.gql(`{ case(id: "${created.id}") { id } }`, {}, outsider.token))).toBe('FORBIDDEN');
    expect(
      codeOf(await t.gql('{ case(id: "case-00000000-0000-0000-0000-000000000000") { id } }', {}, lead.token)),
    ).toBe('NOT_FOUND');
  });

  it('are updated by their LEAD only, with checked values', async () => {
    const { id } = await createCase('Before');
    await addMember(id, member.name, 'MEMBER');
    const update = `mutation($id: ID!, $i: UpdateCaseInput!) { updateCase(id: $id, input: $i) { title status description } }`;
    const done = await t.gql(
      update,
      { id, i: { title: 'After', status: 'SUSPENDED', description: null } },
      lead.token,
    );
    expect(done.data).toEqual({ updateCase: { title: 'After', status: 'SUSPENDED', description: null } });
    expect(codeOf(await t.gql(update, { id, i: { title: 'Hijack' } }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(update, { id, i: { title: '   ' } }, lead.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(update, { id, i: { title: 'x'.repeat(301) } }, lead.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(update, { id, i: { status: 'DELETED' } }, lead.token))).toBe('BAD_USER_INPUT');
  });

  it('have members with case roles, and always keep a LEAD', async () => {
    const { id } = await createCase('Members');
    await addMember(id, member.name, 'MEMBER');
    await addMember(id, viewer.name, 'VIEWER');
    const read = await t.gql<{ case: { members: { user: string; role: string }[]; myRole: string } }>(
      `{ case(id: "${id}") { myRole members { user role } } }`,
      {},
      viewer.token,
    );
    expect(read.data!.case.myRole).toBe('VIEWER');
    expect(read.data!.case.members).toEqual([
      { user: lead.name, role: 'LEAD' },
      { user: member.name, role: 'MEMBER' },
      { user: viewer.name, role: 'VIEWER' },
    ]);
    const set = `mutation($c: ID!, $u: String!, $r: CaseRole!) { setCaseMember(caseId: $c, user: $u, role: $r) { id } }`;
    expect(codeOf(await t.gql(set, { c: id, u: outsider.name, r: 'LEAD' }, member.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(set, { c: id, u: lead.name, r: 'MEMBER' }, lead.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(set, { c: id, u: `nobody-${t.suffix}`, r: 'MEMBER' }, lead.token))).toBe(
      'NOT_FOUND',
    );
    const remove = `mutation($c: ID!, $u: String!) { removeCaseMember(caseId: $c, user: $u) { members { user } } }`;
    expect(codeOf(await t.gql(remove, { c: id, u: lead.name }, lead.token))).toBe('BAD_USER_INPUT');
    const removed = await t.gql<{ removeCaseMember: { members: { user: string }[] } }>(
      remove,
      { c: id, u: viewer.name },
      lead.token,
    );
    expect(removed.data!.removeCaseMember.members.map((m) => m.user)).toEqual([lead.name, member.name]);
    expect(codeOf(await t.gql(`{ case(id: "${id}") { id } }`, {}, viewer.token))).toBe('FORBIDDEN');
  });

  it("apply to a member's very next request: removed, they lose the case's records; added back, they see them", async () => {
    const { id } = await createCase('Comings and goings');
    const returning = await t.user('analyst', 'returning');
    const secret = await restrictedPerson(t.driver, t.suffix, id, 'membership');
    const look = () =>
      t.gql<{ entity: { node: { key: string } } }>(
        `{ entity(id: "${secret}") { node { key } } }`,
        {},
        returning.token,
      );

    await addMember(id, returning.name, 'MEMBER');
    // A request as a member, so the cache now holds the membership.
    expect((await look()).data!.entity.node.key).toBe(secret);

    const removed = await t.gql(
      `mutation($c: ID!, $u: String!) { removeCaseMember(caseId: $c, user: $u) { id } }`,
      { c: id, u: returning.name },
      lead.token,
    );
    expect(removed.errors).toBeUndefined();
    const hidden = await look();
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(hidden.data).toBeNull();
    expect(codeOf(await t.gql(`{ case(id: "${id}") { id } }`, {}, returning.token))).toBe('FORBIDDEN');

    await addMember(id, returning.name, 'VIEWER');
    expect((await look()).data!.entity.node.key).toBe(secret);
    expect((await t.gql(`{ case(id: "${id}") { myRole } }`, {}, returning.token)).data).toEqual({
      case: { myRole: 'VIEWER' },
    });
  });

  it('hold entities that editors add and remove; restricted entities of other cases are refused', async () => {
    const { id } = await createCase('Entities');
    const other = await createCase('Other case');
    await addMember(id, member.name, 'MEMBER');
    await addMember(id, viewer.name, 'VIEWER');
    const foreign = await restrictedPerson(t.driver, t.suffix, other.id, 'foreign');
    const own = await restrictedPerson(t.driver, t.suffix, id, 'own');
    const add = `mutation($c: ID!, $ids: [ID!]!) { addCaseEntities(caseId: $c, ids: $ids) { entityCount entities { id type label addedBy } } }`;
    const added = await t.gql<{
      addCaseEntities: { entityCount: number; entities: { id: string; type: string; addedBy: string }[] };
    }>(add, { c: id, ids: [ids.person, ids.company, own] }, member.token);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCaseEntities.entityCount).toBe(3);
    expect(added.data!.addCaseEntities.entities.map((e) => [e.id, e.type]).sort()).toEqual(
      [
        [ids.company, 'Company'],
        [ids.person, 'Person'],
        [own, 'Person'],
      ].sort(),
    );
    expect(codeOf(await t.gql(add, { c: id, ids: [ids.person] }, viewer.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(add, { c: id, ids: [foreign] }, lead.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(add, { c: id, ids: ['per-does-not-exist'] }, lead.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(add, { c: id, ids: ["per-x' OR 1=1 //"] }, lead.token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(add, { c: id, ids: [] }, lead.token))).toBe('BAD_USER_INPUT');
    const removed = await t.gql<{ removeCaseEntities: { entityCount: number } }>(
      `mutation($c: ID!, $ids: [ID!]!) { removeCaseEntities(caseId: $c, ids: $ids) { entityCount } }`,
      { c: id, ids: [ids.person] },
      lead.token,
    );
    expect(removed.data!.removeCaseEntities.entityCount).toBe(2);
  });
});

describe('link charts', () => {
  it('are saved, loaded and versioned, with the whole document round-tripped', async () => {
    const { id: caseId } = await createCase('Charts');
    await addMember(caseId, member.name, 'MEMBER');
    await addMember(caseId, viewer.name, 'VIEWER');
    const save = `mutation($c: ID!, $i: SaveChartInput!) { saveChart(caseId: $c, input: $i) { id caseId name version createdBy updatedBy document } }`;
    const doc = chartDocument([ids.person, ids.company]);
    const first = await t.gql<{ saveChart: { id: string; version: number; document: unknown } }>(
      save,
      { c: caseId, i: { name: 'Board', document: doc } },
      member.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveChart).toMatchObject({
      caseId,
      name: 'Board',
      version: 1,
      createdBy: member.name,
      document: doc,
    });
    const chartId = first.data!.saveChart.id;
    const loaded = await t.gql<{ chart: { document: unknown; version: number } }>(
      `{ chart(id: "${chartId}") { version document } }`,
      {},
      viewer.token,
    );
    expect(loaded.data!.chart).toEqual({ version: 1, document: doc });

    const moved = { ...doc, nodes: doc.nodes.map((n) => ({ ...n, x: n.x + 100, pinned: true })) };
    const second = await t.gql<{ saveChart: { version: number; updatedBy: string } }>(
      save,
      { c: caseId, i: { id: chartId, name: 'Board v2', expectedVersion: 1, document: moved } },
      lead.token,
    );
    expect(second.data!.saveChart).toMatchObject({ version: 2, updatedBy: lead.name });
    const stale = await t.gql(
      save,
      { c: caseId, i: { id: chartId, name: 'Stale', expectedVersion: 1, document: doc } },
      member.token,
    );
    expect(codeOf(stale)).toBe('BAD_USER_INPUT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ reason: 'VERSION_CONFLICT', currentVersion: 2 });
    const listed = await t.gql<{ case: { charts: { id: string; name: string; version: number }[] } }>(
      `{ case(id: "${caseId}") { charts { id name version } } }`,
      {},
      viewer.token,
    );
    expect(listed.data!.case.charts).toEqual([{ id: chartId, name: 'Board v2', version: 2 }]);

    expect(codeOf(await t.gql(save, { c: caseId, i: { name: 'Viewer', document: doc } }, viewer.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(`{ chart(id: "${chartId}") { version } }`, {}, outsider.token))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.gql(`mutation { deleteChart(id: "${chartId}") }`, {}, viewer.token))).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(`mutation { deleteChart(id: "${chartId}") }`, {}, member.token)).data).toEqual({
      deleteChart: true,
    });
    expect(codeOf(await t.gql(`{ chart(id: "${chartId}") { version } }`, {}, lead.token))).toBe('NOT_FOUND');
  });

  it('refuse malformed documents and entities that may not be shown in the case', async () => {
    const { id: caseId } = await createCase('Bad charts');
    const other = await createCase('Elsewhere');
    const secret = await restrictedPerson(t.driver, t.suffix, other.id, 'chartsecret');
    const save = `mutation($c: ID!, $i: SaveChartInput!) { saveChart(caseId: $c, input: $i) { id } }`;
    const bad = (document: unknown) => t.gql(save, { c: caseId, i: { name: 'x', document } }, lead.token);
    expect(codeOf(await bad({ format: 1, nodes: [{ key: ids.person, x: 'a', y: 0 }], edges: [] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await bad({ format: 1, nodes: [], edges: [], script: '<script>' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await bad(chartDocument(['per-unknown-entity'])))).toBe('BAD_USER_INPUT');
    const leak = await bad(chartDocument([ids.person, secret]));
    expect(codeOf(leak)).toBe('BAD_USER_INPUT');
    expect(leak.errors?.[0]?.message).toMatch(/another case/);
    expect(
      codeOf(
        await t.gql(
          save,
          {
            c: caseId,
            i: {
              id: 'chart-00000000-0000-0000-0000-000000000000',
              name: 'x',
              expectedVersion: 1,
              document: chartDocument([]),
            },
          },
          lead.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});
