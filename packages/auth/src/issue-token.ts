/**
 * Issues a bearer token for a stored, enabled user — what `touchstone token <name>` prints.
 * Checking the store here gives a clear error at the command line instead of a token that the
 * server would refuse anyway.
 */
import type { Driver } from 'neo4j-driver';
import { DEFAULT_TOKEN_TTL_SECONDS, signToken } from './tokens';
import { UserError, findUser } from './user-store';

/** A freshly issued token. */
export interface IssuedToken {
  token: string;
  name: string;
  role: string;
  expiresAt: Date;
}

/** Signs a token for the user `name`, valid for `ttlSeconds` (default 12 hours). */
export async function issueToken(
  driver: Driver,
  secret: string,
  name: string,
  ttlSeconds = DEFAULT_TOKEN_TTL_SECONDS,
): Promise<IssuedToken> {
  const user = await findUser(driver, name);
  if (!user)
    throw new UserError(
      `no user named "${name}"; create one with: pnpm touchstone user add ${name} --role <role>`,
    );
  if (user.disabled) throw new UserError(`user "${name}" is disabled`);
  const { token, expiresAt } = await signToken(secret, user.name, user.role, ttlSeconds);
  return { token, name: user.name, role: user.role, expiresAt };
}
