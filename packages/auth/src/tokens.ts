/**
 * Signed bearer tokens (JWT, HS256). A token names its user and expires; the role in it is a hint
 * only — the server reads the user's current role and `disabled` flag from the database on every
 * request, so disabling a user or changing a role takes effect at once.
 */
import { SignJWT, errors, jwtVerify } from 'jose';
import { isRole, type Role } from './roles';

export const TOKEN_ISSUER = 'touchstone';
export const TOKEN_AUDIENCE = 'touchstone-api';
/** Default lifetime of a token: one working day. */
export const DEFAULT_TOKEN_TTL_SECONDS = 12 * 60 * 60;
/** Longest lifetime accepted when issuing. */
export const MAX_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;

/** What a valid token says. */
export interface TokenClaims {
  name: string;
  role: Role;
  expiresAt: Date;
}

/** Why a token was refused. */
export type TokenProblem = 'malformed' | 'expired' | 'invalid';

/** A token that failed verification, with a reason safe to show to its bearer. */
export class TokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(problem === 'expired' ? 'The token has expired; ask for a new one.' : 'The token is not valid.');
    this.name = 'TokenError';
  }
}

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** Signs a token for `name` with `role`, valid for `ttlSeconds`. */
export async function signToken(
  secret: string,
  name: string,
  role: Role,
  ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
  now = new Date(),
) {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_TOKEN_TTL_SECONDS) {
    throw new Error(`auth: a token lives from 1 second to ${MAX_TOKEN_TTL_SECONDS / 86400} days`);
  }
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
  const token = await new SignJWT({ role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(name)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .setJti(crypto.randomUUID())
    .sign(keyOf(secret));
  return { token, expiresAt };
}

/** Verifies a token's signature, issuer, audience and expiry; throws TokenError otherwise. */
export async function verifyToken(secret: string, token: string): Promise<TokenClaims> {
  if (token.length > 4096 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) throw new TokenError('malformed');
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), {
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      algorithms: ['HS256'],
    });
    if (typeof payload.sub !== 'string' || !isRole(payload.role) || typeof payload.exp !== 'number')
      throw new TokenError('invalid');
    return { name: payload.sub, role: payload.role, expiresAt: new Date(payload.exp * 1000) };
  } catch (e) {
    if (e instanceof TokenError) throw e;
    if (e instanceof errors.JWTExpired) throw new TokenError('expired');
    throw new TokenError('invalid');
  }
}
