/**
 * Turns a request's `Authorization: Bearer …` header into a user and their case access. The
 * token proves who the user is; their current role, `disabled` flag and memberships come from
 * the database, through a cache of a few seconds (user-cache.ts says when a change takes effect).
 */
import { TokenError, isRole } from '@touchstone/auth';
import type { Driver } from 'neo4j-driver';
import { createCaseAccess, type Membership, type RequestCaseAccess } from '../access/case-access';
import type { ApiUser } from '../context';
import { readRecords } from '../db/transactions';
import { userCacheOf, type StoredUser } from './user-cache';
import { VerifiedTokens } from './verified-tokens';

/** Who is asking. */
export interface Authentication {
  user: ApiUser | null;
  access: RequestCaseAccess;
}

/** A token that was sent but cannot be accepted; the message is safe to show. */
export class AuthenticationFailure extends Error {
  constructor(
    message: string,
    readonly reason: 'malformed' | 'expired' | 'invalid' | 'unknown-user' | 'disabled',
    readonly userName: string | null = null,
  ) {
    super(message);
    this.name = 'AuthenticationFailure';
  }
}

const LOAD_USER = `
MATCH (u:User {name: $name})
OPTIONAL MATCH (c:Case)-[m:HAS_MEMBER]->(u)
RETURN u.role AS role, coalesce(u.disabled, false) AS disabled,
       collect(CASE WHEN c IS NULL THEN null ELSE {caseId: c.id, role: m.role} END) AS memberships`;

// One per signing secret (a process has one; tests start servers with several).
const verifiedTokens = new Map<string, VerifiedTokens>();
const tokensOf = (secret: string): VerifiedTokens => {
  let tokens = verifiedTokens.get(secret);
  if (!tokens) verifiedTokens.set(secret, (tokens = new VerifiedTokens(secret)));
  return tokens;
};

/** The bearer token of a header value, undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match)
    throw new AuthenticationFailure('Send the token as "Authorization: Bearer <token>".', 'malformed');
  return match[1];
}

/** Authenticates a request from its Authorization header (anonymous when absent). */
export async function authenticate(
  driver: Driver,
  secret: string,
  header: string | undefined,
): Promise<Authentication> {
  const token = bearerToken(header);
  if (token === undefined) return { user: null, access: createCaseAccess() };
  let name: string;
  try {
    name = (await tokensOf(secret).verify(token)).name;
  } catch (e) {
    if (e instanceof TokenError) throw new AuthenticationFailure(e.message, e.problem);
    throw e;
  }
  const stored = await userCacheOf(driver, (n) => loadUser(driver, n)).get(name);
  if (!stored)
    throw new AuthenticationFailure('The token names a user who does not exist.', 'unknown-user', name);
  if (stored.disabled) throw new AuthenticationFailure('This user is disabled.', 'disabled', name);
  const role = stored.role;
  if (!isRole(role)) throw new Error(`user ${name} has an unknown role`);
  const memberships = (stored.memberships as Membership[]).filter((m) => m && typeof m.caseId === 'string');
  return { user: { name, role }, access: createCaseAccess(memberships) };
}

/** The user's role, flag and memberships as stored, or null when there is no such user. */
async function loadUser(driver: Driver, name: string): Promise<StoredUser | null> {
  const [record] = await readRecords(driver, LOAD_USER, { name });
  if (!record) return null;
  return {
    role: record.get('role'),
    disabled: record.get('disabled') === true,
    memberships: record.get('memberships') as Membership[],
  };
}
