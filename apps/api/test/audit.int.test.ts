import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, graphql } from './support/graphql-client';
import { write } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let admin: { name: string; token: string };
let analyst: { name: string; token: string };
beforeAll(async () => {
  t = await startTestApi();
  [admin, analyst] = await Promise.all([t.user('admin'), t.user('analyst')]);
});
afterAll(async () => t?.close());

interface Event {
  seq: number;
  user: string | null;
  role: string | null;
  operation: string;
  caseId: string | null;
  outcome: string;
  errorCode: string | null;
  resultSize: number | null;
  arguments: Record<string, unknown>;
  requestId: string;
  hash: string;
  prevHash: string;
}
const EVENT =
  'seq user role operation caseId outcome errorCode resultSize arguments requestId hash prevHash at';

async function events(filter: Record<string, unknown>, limit = 20): Promise<Event[]> {
  const reply = await t.gql<{ auditLog: { events: Event[] } }>(
    `query($f: AuditFilter, $l: Int) { auditLog(filter: $f, limit: $l) { events { ${EVENT} } nextBefore } }`,
    { f: filter, l: limit },
    admin.token,
  );
  expect(reply.errors).toBeUndefined();
  return reply.data!.auditLog.events;
}

describe('the audit log', () => {
  it('records successes with who, what, which case, arguments and result size', async () => {
    const created = await t.gql<{ createCase: { id: string } }>(
      'mutation { createCase(input: {title: "Audited case"}) { id } }',
      {},
      analyst.token,
    );
    const caseId = created.data!.createCase.id;
    await t.gql(`{ case(id: "${caseId}") { id } }`, {}, analyst.token);
    const [read, create] = await events({ user: analyst.name, caseId });
    expect(create).toMatchObject({
      user: analyst.name,
      role: 'ANALYST',
      operation: 'createCase',
      caseId,
      outcome: 'SUCCESS',
      resultSize: 1,
      arguments: { input: { title: 'Audited case' } },
    });
    expect(read).toMatchObject({ operation: 'case', caseId, outcome: 'SUCCESS', arguments: { id: caseId } });
    expect(read!.seq).toBeGreaterThan(create!.seq);
  });

  it('records failures and denied attempts, anonymous ones included', async () => {
    await t.gql('{ case(id: "case-00000000-0000-0000-0000-00000000beef") { id } }', {}, analyst.token);
    await t.gql('{ auditLog { events { seq } } }', {}, analyst.token);
    await t.gql('{ me { name } }');
    await graphql(t.api.url, '{ me { name } }', {}, undefined, {
      authorization: 'Bearer forged.token.value',
    });
    const mine = await events({ user: analyst.name }, 5);
    expect(mine.find((e) => e.operation === 'case' && e.outcome === 'FAILURE')).toMatchObject({
      errorCode: 'NOT_FOUND',
    });
    expect(mine.find((e) => e.operation === 'auditLog')).toMatchObject({
      outcome: 'DENIED',
      errorCode: 'FORBIDDEN',
    });
    const denied = await events({ outcome: 'DENIED' }, 10);
    expect(denied.find((e) => e.operation === 'me' && e.user === null)).toMatchObject({
      errorCode: 'UNAUTHENTICATED',
    });
    expect(denied.find((e) => e.operation === 'authenticate')).toMatchObject({
      user: null,
      errorCode: 'UNAUTHENTICATED',
      arguments: { reason: 'invalid' },
    });
  });

  it('records requests refused before any operation ran', async () => {
    await t.gql(
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { name }`).join(' ')} }`,
      {},
      analyst.token,
    );
    const [refused] = await events({ user: analyst.name, operation: '(refused request)' }, 1);
    expect(refused).toMatchObject({ outcome: 'FAILURE', errorCode: 'BAD_USER_INPUT' });
  });

  it('is for admins only, and reading it is itself audited', async () => {
    expect(codeOf(await t.gql('{ auditLog { events { seq } } }', {}, analyst.token))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql('{ auditIntegrity { valid } }', {}, analyst.token))).toBe('FORBIDDEN');
    await events({ operation: 'createCase' }, 3);
    const [reading] = await events({ user: admin.name, operation: 'auditLog' }, 1);
    expect(reading).toMatchObject({
      outcome: 'SUCCESS',
      arguments: { filter: { operation: 'createCase' }, limit: 3 },
    });
  });

  it('pages backwards through events, and checks filters', async () => {
    const first = await t.gql<{ auditLog: { events: Event[]; nextBefore: number } }>(
      '{ auditLog(limit: 2) { events { seq } nextBefore } }',
      {},
      admin.token,
    );
    const { events: page, nextBefore } = first.data!.auditLog;
    expect(page).toHaveLength(2);
    expect(nextBefore).toBe(page[1]!.seq);
    const second = await t.gql<{ auditLog: { events: Event[] } }>(
      `{ auditLog(limit: 2, before: ${nextBefore}) { events { seq } } }`,
      {},
      admin.token,
    );
    expect(second.data!.auditLog.events[0]!.seq).toBeLessThan(nextBefore);
    expect(codeOf(await t.gql('{ auditLog(limit: 0) { events { seq } } }', {}, admin.token))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await t.gql('{ auditLog(filter: {from: "yesterday"}) { events { seq } } }', {}, admin.token)),
    ).toBe('BAD_USER_INPUT');
    expect(
      codeOf(
        await t.gql(
          '{ auditLog(filter: {from: "2025-02-01T00:00:00Z", until: "2025-01-01T00:00:00Z"}) { events { seq } } }',
          {},
          admin.token,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const window = await events(
      {
        from: new Date(Date.now() - 3_600_000).toISOString(),
        until: new Date(Date.now() + 60_000).toISOString(),
      },
      5,
    );
    expect(window.length).toBeGreaterThan(0);
  });

  it('is a hash chain whose tampering is detected', async () => {
    const intact = await t.gql<{ auditIntegrity: { valid: boolean; headSeq: number; headHash: string } }>(
      '{ auditIntegrity { valid checked headSeq headHash firstBrokenSeq problem } }',
      {},
      admin.token,
    );
    expect(intact.data!.auditIntegrity).toMatchObject({ valid: true });
    const [victim] = await events({ user: analyst.name, operation: 'createCase' }, 1);
    // Someone with direct database access rewrites history: the chain says so.
    await write(t.driver, 'MATCH (e:AuditEvent {seq: $seq}) SET e.outcome = $o', {
      seq: victim!.seq,
      o: victim!.outcome === 'SUCCESS' ? 'FAILURE' : 'SUCCESS',
    });
    try {
      const broken = await t.gql<{
        auditIntegrity: { valid: boolean; firstBrokenSeq: number; problem: string };
      }>(
        `{ auditIntegrity(fromSeq: ${Math.max(1, victim!.seq - 5)}) { valid firstBrokenSeq problem } }`,
        {},
        admin.token,
      );
      expect(broken.data!.auditIntegrity).toMatchObject({
        valid: false,
        firstBrokenSeq: victim!.seq,
        problem: expect.stringMatching(/changed/),
      });
    } finally {
      await write(t.driver, 'MATCH (e:AuditEvent {seq: $seq}) SET e.outcome = $o', {
        seq: victim!.seq,
        o: victim!.outcome,
      });
    }
    const restored = await t.gql<{ auditIntegrity: { valid: boolean } }>(
      `{ auditIntegrity(fromSeq: ${Math.max(1, victim!.seq - 5)}) { valid } }`,
      {},
      admin.token,
    );
    expect(restored.data!.auditIntegrity.valid).toBe(true);
  });

  it('cannot be changed or deleted through the API', async () => {
    const schema = await t.gql<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
      {},
      admin.token,
    );
    const mutations = schema.data!.__schema.mutationType.fields.map((f) => f.name);
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
    for (const query of [
      'MATCH (e:AuditEvent) DETACH DELETE e',
      'MATCH (e:AuditEvent) RETURN e',
      'MATCH (h:AuditHead) SET h.seq = 0',
      'CALL db.index.fulltext.queryNodes("entity_search", "x") YIELD node MATCH (e:AuditEvent) RETURN e',
    ]) {
      expect(
        codeOf(
          await t.gql('query($q: String!) { runCypher(query: $q) { rows } }', { q: query }, admin.token),
        ),
        query,
      ).toBe('FORBIDDEN');
    }
  });
});
