import { describe, expect, it } from 'vitest';
import { TokenError, signToken, verifyToken } from '@touchstone/auth';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

describe('bearer tokens', () => {
  it('round-trip the user name and role, and expire when they say', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const { token, expiresAt } = await signToken(secret, 'ana', 'analyst', 3600, new Date());
    const claims = await verifyToken(secret, token);
    expect(claims.name).toBe('ana');
    expect(claims.role).toBe('analyst');
    expect(claims.expiresAt.getTime()).toBe(expiresAt.getTime());
    const later = await signToken(secret, 'ana', 'analyst', 3600, now);
    expect(later.expiresAt.toISOString()).toBe('2030-01-01T01:00:00.000Z');
  });

  it('refuses an expired token as expired', async () => {
    const { token } = await signToken(secret, 'ana', 'analyst', 60, new Date(Date.now() - 3_600_000));
    await expect(verifyToken(secret, token)).rejects.toMatchObject({ problem: 'expired' });
  });

  it('refuses a token signed with another secret, a tampered one and garbage', async () => {
    const { token } = await signToken(secret, 'ana', 'analyst');
    await expect(verifyToken('another-secret-that-is-long-enough-too!!', token)).rejects.toBeInstanceOf(
      TokenError,
    );
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url');
    await expect(verifyToken(secret, `${h}.${forged}.${s}`)).rejects.toMatchObject({ problem: 'invalid' });
    await expect(verifyToken(secret, 'not a token')).rejects.toMatchObject({ problem: 'malformed' });
    await expect(verifyToken(secret, 'x'.repeat(5000))).rejects.toMatchObject({ problem: 'malformed' });
  });

  it('refuses unsigned ("alg": "none") tokens', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: 'ana',
        role: 'admin',
        iss: 'touchstone',
        aud: 'touchstone-api',
        exp: 4_000_000_000,
      }),
    ).toString('base64url');
    await expect(verifyToken(secret, `${header}.${body}.x`)).rejects.toBeInstanceOf(TokenError);
  });

  it('will not issue tokens that never expire', async () => {
    await expect(signToken(secret, 'ana', 'analyst', 0)).rejects.toThrow(/auth:/);
    await expect(signToken(secret, 'ana', 'analyst', 365 * 86400)).rejects.toThrow(/auth:/);
  });
});
