import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../src/server';
import { codeOf, graphql } from './support/graphql-client';
import { startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let production: ApiServer;
let user: { name: string; token: string };
beforeAll(async () => {
  t = await startTestApi();
  production = await createApiServer({ driver: t.driver, port: 0, jwtSecret: t.secret, production: true });
  user = await t.user('analyst');
});
afterAll(async () => {
  await production?.stop();
  await t?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(t.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GraphQL hardening', () => {
  it('refuses a query nested 50 levels deep', async () => {
    const reply = await t.gql(`{ me ${'{ cases '.repeat(49)}{ caseId }${' }'.repeat(49)} }`, {}, user.token);
    expect(reply.status).toBe(400);
    expect(reply.errors?.map((e) => e.extensions?.reason)).toContain('DEPTH_LIMIT');
    expect(reply.errors?.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
  });

  it('refuses too many aliases: 31 by the alias limit, 1000 already by the token limit', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { name }`).join(' ')} }`;
    expect((await t.gql(aliases(30), {}, user.token)).errors).toBeUndefined();
    const many = await t.gql(aliases(31), {}, user.token);
    expect(many.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'ALIAS_LIMIT' });
    const huge = await t.gql(aliases(1000), {}, user.token);
    expect(codeOf(huge)).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0]?.message).toMatch(/tokens/);
  });

  it('refuses operations whose cost is too high before touching the database', async () => {
    const reply = await t.gql(
      '{ cases(limit: 200) { cases { members { user } charts { id } entities(limit: 1000) { id label type addedAt addedBy } } } }',
      {},
      user.token,
    );
    expect(reply.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'COST_LIMIT' });
  });

  it('caps batches at 10 operations', async () => {
    const op = { query: '{ me { name } }' };
    const ok = await post([op, op]);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual([
      { data: { me: { name: user.name } } },
      { data: { me: { name: user.name } } },
    ]);
    const tooMany = await post(Array.from({ length: 11 }, () => op));
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'BATCH_LIMIT',
    });
    expect((await post([])).status).toBe(400);
  });

  it('refuses a 10 MB string argument, and strings over 20,000 characters', async () => {
    const body = JSON.stringify({
      query: 'query($q: String!) { runCypher(query: $q) { rows } }',
      variables: { q: 'x'.repeat(10_000_000) },
    });
    const huge = await post(body);
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({
      errors: [
        {
          message: 'The request body is too large.',
          extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_TOO_LARGE' },
        },
      ],
    });
    const long = await t.gql(
      'query($q: String!) { runCypher(query: $q) { rows } }',
      { q: 'x'.repeat(100_000) },
      user.token,
    );
    expect(long.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'STRING_TOO_LONG' });
    const literal = await t.gql(`{ case(id: "${'x'.repeat(30_000)}") { id } }`, {}, user.token);
    expect(literal.errors?.[0]?.extensions?.reason).toBe('STRING_TOO_LONG');
  });

  it('answers malformed requests with JSON errors, never a stack trace', async () => {
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON' } }],
    });
    const syntax = await t.gql('{ me { name ', {}, user.token);
    expect(syntax.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_PARSE_FAILED',
    });
    const unknown = await t.gql('{ nothingHere }', {}, user.token);
    expect(unknown.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'GRAPHQL_VALIDATION_FAILED',
    });
    for (const reply of [syntax, unknown]) expect(reply.text).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  });

  it('blocks requests a browser could forge from another site (CSRF prevention)', async () => {
    const get = await fetch(`${t.api.url}?query=${encodeURIComponent('{ me { name } }')}`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(get.status).toBe(400);
    const form = await fetch(t.api.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('offers introspection in development only, and hides schema hints in production', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await t.gql(query, {}, user.token)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const prod = await graphql(production.url, query, {}, user.token);
    expect(codeOf(prod)).toBe('BAD_USER_INPUT');
    expect(prod.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await graphql(production.url, '{ me { nmae } }', {}, user.token);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect((await t.gql('{ me { nmae } }', {}, user.token)).errors?.[0]?.message).toMatch(
      /Did you mean "name"/,
    );
  });

  it('reports health and sends protective headers', async () => {
    const health = await fetch(`${t.api.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
    expect(health.headers.get('x-powered-by')).toBeNull();
  });
});

describe('the same-origin web app', () => {
  it('is served from staticDir, with index.html for client routes, beside /graphql and /health', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'touchstone-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Touchstone</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const web = await createApiServer({ driver: t.driver, port: 0, jwtSecret: t.secret, staticDir: dir });
    try {
      const page = await fetch(`${web.origin}/cases/case-1`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('<title>Touchstone</title>');
      expect(await (await fetch(`${web.origin}/app.js`)).text()).toBe('console.log(1)');
      expect((await fetch(`${web.origin}/health`)).status).toBe(200);
      const reply = await graphql(web.url, '{ me { name } }', {}, user.token);
      expect(reply.data).toEqual({ me: { name: user.name } });
    } finally {
      await web.stop();
    }
  });

  it('tags every GraphQL response with the request id its audit events carry', async () => {
    const response = await post({ query: '{ me { name } }' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('forbids caches to keep any GraphQL reply', async () => {
    expect((await post({ query: '{ me { name } }' })).headers.get('cache-control')).toBe('no-store');
    expect((await post('{ not json')).headers.get('cache-control')).toBe('no-store');
  });
});
