import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEVELOPMENT_USERS,
  checkUserPassword,
  ensureDevelopmentUsers,
  findUser,
  setUserPassword,
  issueToken,
  setUserDisabled,
  setUserRole,
  signToken,
} from '@touchstone/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, graphql } from './support/graphql-client';
import { startTestApi, type TestApi } from './support/test-api';

// The API keeps who a user is for a short window (auth/user-cache.ts); a short one here, so the
// tests can watch changes made outside the API take effect when it has passed.
const CACHE_MS = 300;
const cacheWindowPassed = () => new Promise((resolve) => setTimeout(resolve, CACHE_MS + 50));
const previousWindow = process.env.TOUCHSTONE_AUTH_CACHE_MS;

let t: TestApi;
beforeAll(async () => {
  process.env.TOUCHSTONE_AUTH_CACHE_MS = String(CACHE_MS);
  t = await startTestApi();
});
afterAll(async () => {
  if (previousWindow === undefined) delete process.env.TOUCHSTONE_AUTH_CACHE_MS;
  else process.env.TOUCHSTONE_AUTH_CACHE_MS = previousWindow;
  await t?.close();
});

const ME = '{ me { name role cases { caseId } } }';

describe('authentication through the real server', () => {
  it('answers the bearer of a valid token, with the role from the database', async () => {
    const { name, token } = await t.user('investigator');
    const reply = await t.gql(ME, {}, token);
    expect(reply.status).toBe(200);
    expect(reply.data).toEqual({ me: { name, role: 'INVESTIGATOR', cases: [] } });
  });

  it('refuses operations without a token (UNAUTHENTICATED) and records the attempt', async () => {
    const reply = await t.gql(ME);
    expect(codeOf(reply)).toBe('UNAUTHENTICATED');
    expect(reply.data).toBeNull();
  });

  it('refuses malformed, forged, foreign and wrongly sent tokens with 401', async () => {
    const { name } = await t.user('analyst', 'forger');
    const foreign = (await signToken('some-other-secret-of-enough-length-1234', name, 'admin')).token;
    for (const header of [
      'Bearer nonsense',
      `Bearer ${foreign}`,
      'Basic dXNlcjpwYXNz',
      `Bearer ${foreign}x`,
    ]) {
      const reply = await graphql(t.api.url, ME, {}, undefined, { authorization: header });
      expect(reply.status, header).toBe(401);
      expect(codeOf(reply)).toBe('UNAUTHENTICATED');
      expect(reply.text).not.toContain(name);
    }
  });

  it('refuses an expired token, saying it expired', async () => {
    const { name } = await t.user('analyst', 'late');
    const expired = (await signToken(t.secret, name, 'analyst', 60, new Date(Date.now() - 2 * 3600_000)))
      .token;
    const reply = await t.gql(ME, {}, expired);
    expect(reply.status).toBe(401);
    expect(reply.errors?.[0]?.message).toMatch(/expired/);
  });

  it('refuses the tokens of a user disabled from outside once the cache window has passed, and accepts them again at once', async () => {
    const { name, token } = await t.user('prosecutor', 'leaver');
    expect(codeOf(await t.gql(ME, {}, token))).toBeUndefined();
    await setUserDisabled(t.driver, name, true);
    await cacheWindowPassed();
    const refused = await t.gql(ME, {}, token);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.message).toMatch(/disabled/);
    await setUserDisabled(t.driver, name, false);
    expect(codeOf(await t.gql(ME, {}, token))).toBeUndefined();
  });

  it('refuses a token naming a user who does not exist', async () => {
    const ghost = (await signToken(t.secret, `ghost-${t.suffix}`, 'admin')).token;
    expect((await t.gql(ME, {}, ghost)).status).toBe(401);
  });

  it('takes the role from the database, not from the token', async () => {
    const { name, token } = await t.user('analyst', 'promoted');
    const audit = '{ auditLog(limit: 1) { events { seq } } }';
    expect(codeOf(await t.gql(audit, {}, token))).toBe('FORBIDDEN');
    await setUserRole(t.driver, name, 'admin');
    await cacheWindowPassed();
    expect(codeOf(await t.gql(audit, {}, token))).toBeUndefined();
    // and the other way round: a token claiming admin for an analyst gets analyst rights
    const { name: plain } = await t.user('analyst', 'claimer');
    const claims = (await signToken(t.secret, plain, 'admin')).token;
    expect(codeOf(await t.gql(audit, {}, claims))).toBe('FORBIDDEN');
  });

  it('keeps role-restricted operations to their roles', async () => {
    const query = '{ runCypher(query: "RETURN 1 AS one") { rows } }';
    const expected: Record<string, string | undefined> = {
      analyst: undefined,
      admin: undefined,
      investigator: 'FORBIDDEN',
      prosecutor: 'FORBIDDEN',
    };
    for (const [role, code] of Object.entries(expected)) {
      const { token } = await t.user(role as 'analyst', `cy-${role}`);
      expect(codeOf(await t.gql(query, {}, token)), role).toBe(code);
    }
    const audit = '{ auditLog(limit: 1) { events { seq } } }';
    for (const role of ['analyst', 'investigator', 'prosecutor'] as const) {
      const { token } = await t.user(role, `au-${role}`);
      expect(codeOf(await t.gql(audit, {}, token)), role).toBe('FORBIDDEN');
    }
  });
});

describe('local administration (what the CLI calls)', () => {
  it('issues tokens only for stored, enabled users, and they work against the server', async () => {
    const { name } = await t.user('prosecutor', 'cli');
    const issued = await issueToken(t.driver, t.secret, name, 3600);
    expect(issued.expiresAt.getTime() - Date.now()).toBeGreaterThan(3500_000);
    expect((await t.gql(ME, {}, issued.token)).data).toMatchObject({ me: { name, role: 'PROSECUTOR' } });
    await expect(issueToken(t.driver, t.secret, `nobody-${t.suffix}`)).rejects.toThrow(/no user named/);
    await setUserDisabled(t.driver, name, true);
    await expect(issueToken(t.driver, t.secret, name)).rejects.toThrow(/disabled/);
  });

  it('creates the development users once, with passwords kept in an owner-only file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'touchstone-dev-users-')), 'development-users.json');
    const first = await ensureDevelopmentUsers(t.driver, file);
    const second = await ensureDevelopmentUsers(t.driver, file);
    expect(second).toEqual(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(Object.fromEntries(first.map((c) => [c.name, c.password])));
    for (const { name, role } of DEVELOPMENT_USERS) {
      expect(await findUser(t.driver, name)).toMatchObject({ name, role, disabled: false });
      const credential = first.find((c) => c.name === name)!;
      expect(await checkUserPassword(t.driver, name, credential.password)).toMatchObject({ name, role });
    }
  });
});

const SIGN_IN = 'mutation($n: String!, $p: String!) { signIn(name: $n, password: $p) { token expiresAt name role } }';

describe('signing in with a password', () => {
  it('gives a working token for the right password and refuses wrong ones alike', async () => {
    const { name } = await t.user('prosecutor', 'signin');
    await setUserPassword(t.driver, name, 'correct horse battery');
    const reply = await t.gql(SIGN_IN, { n: name, p: 'correct horse battery' });
    const session = (reply.data as { signIn: { token: string; expiresAt: string; role: string } }).signIn;
    expect(session.role).toBe('PROSECUTOR');
    expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(11 * 3600_000);
    expect((await t.gql(ME, {}, session.token)).data).toMatchObject({ me: { name, role: 'PROSECUTOR' } });

    const wrong = await t.gql(SIGN_IN, { n: name, p: 'wrong horse battery' });
    const unknown = await t.gql(SIGN_IN, { n: `nobody-${t.suffix}`, p: 'whatever password' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('refuses disabled users, short passwords, and users who never set one', async () => {
    const { name } = await t.user('investigator', 'nopass');
    expect(codeOf(await t.gql(SIGN_IN, { n: name, p: 'decoy password that never matches' }))).toBe('UNAUTHENTICATED');
    await expect(setUserPassword(t.driver, name, 'short')).rejects.toThrow(/at least 10 characters/);
    await setUserPassword(t.driver, name, 'a long enough password');
    await setUserDisabled(t.driver, name, true);
    expect(codeOf(await t.gql(SIGN_IN, { n: name, p: 'a long enough password' }))).toBe('UNAUTHENTICATED');
  });

  it('locks a name after five failures, and never writes the password to the audit log', async () => {
    const { name } = await t.user('analyst', 'guessed');
    await setUserPassword(t.driver, name, 'the real password');
    for (let i = 0; i < 5; i++)
      expect(codeOf(await t.gql(SIGN_IN, { n: name, p: `guess number ${i}` }))).toBe('UNAUTHENTICATED');
    const locked = await t.gql(SIGN_IN, { n: name, p: 'the real password' });
    expect(codeOf(locked)).toBe('FORBIDDEN');
    expect(locked.errors?.[0]?.message).toMatch(/Too many failed sign-ins/);

    const admin = await t.user('admin', 'signin-auditor');
    const log = await t.gql(
      'query($f: AuditFilter) { auditLog(filter: $f, limit: 20) { events { outcome errorCode arguments } } }',
      { f: { operation: 'signIn' } },
      admin.token,
    );
    const events = (log.data as { auditLog: { events: { outcome: string; errorCode: string; arguments: unknown }[] } })
      .auditLog.events.filter((e) => JSON.stringify(e.arguments).includes(name));
    expect(events.map((e) => e.errorCode)).toEqual(['THROTTLED', ...Array(5).fill('UNAUTHENTICATED')]);
    expect(JSON.stringify(events)).not.toMatch(/guess number|the real password/);
  });
});
