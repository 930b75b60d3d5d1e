// Tokens already verified are reused until they expire; forged, altered and expired ones never pass.
import { signToken, TokenError, verifyToken } from '@touchstone/auth';
import { describe, expect, it } from 'vitest';
import { VerifiedTokens } from '../src/auth/verified-tokens';

const SECRET = 'a'.repeat(64);

async function problemOf(check: Promise<unknown>): Promise<string> {
  const error = await check.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenError);
  return (error as TokenError).problem;
}

describe('verified tokens', () => {
  it('returns the claims of a good token, the same on every use', async () => {
    const tokens = new VerifiedTokens(SECRET);
    const { token } = await signToken(SECRET, 'ana', 'analyst');
    const first = await tokens.verify(token);
    expect(first).toMatchObject({ name: 'ana', role: 'analyst' });
    expect(await tokens.verify(token)).toBe(first);
  });

  it('rejects a token signed with another secret, and a good token altered by one character', async () => {
    const tokens = new VerifiedTokens(SECRET);
    const { token } = await signToken(SECRET, 'ana', 'analyst');
    await tokens.verify(token);
    const forged = (await signToken('b'.repeat(64), 'ana', 'admin')).token;
    expect(await problemOf(tokens.verify(forged))).toBe('invalid');
    const signature = token.split('.')[2]!;
    const flipped = `${token.slice(0, -signature.length)}${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    expect(await problemOf(tokens.verify(flipped))).toBe('invalid');
  });

  it('stops accepting a remembered token once it has expired', async () => {
    let now = Date.now();
    const tokens = new VerifiedTokens(SECRET, () => now);
    const { token, expiresAt } = await signToken(SECRET, 'ana', 'analyst', 60);
    await tokens.verify(token);
    now = expiresAt.getTime() + 1;
    expect(await problemOf(tokens.verify(token))).toBe('expired');
  });

  it('keeps at most its capacity, forgetting the oldest first', async () => {
    const checked: string[] = [];
    const counting = async (secret: string, token: string) => {
      checked.push(token);
      return verifyToken(secret, token);
    };
    const tokens = new VerifiedTokens(SECRET, Date.now, 2, counting);
    const [a, b, c] = await Promise.all(['a1', 'b1', 'c1'].map((n) => signToken(SECRET, n, 'analyst')));
    for (const t of [a!, b!, c!]) await tokens.verify(t.token);
    await tokens.verify(c!.token);
    await tokens.verify(b!.token);
    expect(checked).toEqual([a!.token, b!.token, c!.token]);
    await tokens.verify(a!.token);
    expect(checked).toEqual([a!.token, b!.token, c!.token, a!.token]);
  });
});
