/**
 * Passwords of stored users: set by an administrator (`touchstone user password`) and checked
 * when someone signs in from the web app. A user without a password can still be given bearer
 * tokens by `touchstone token`, but cannot sign in with a password.
 */
import { readQuery, writeQuery } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { isRole } from './roles';
import { UserError, type StoredUser } from './user-store';

/** Sets (or replaces) a user's password. */
export async function setUserPassword(driver: Driver, name: string, password: string): Promise<void> {
  const problem = passwordProblem(password);
  if (problem) throw new UserError(problem);
  const hash = await hashPassword(password);
  const updated = await writeQuery(
    driver,
    'MATCH (u:User {name: $name}) SET u.passwordHash = $hash, u.passwordSetAt = datetime() RETURN u.name AS name',
    { name, hash },
  );
  if (updated.length === 0) throw new UserError(`no user named "${name}"`);
}

// Compared against when the user is unknown, so an unknown name costs as long as a wrong password.
const DECOY_HASH = hashPassword('decoy password that never matches');

/**
 * The user when `password` is theirs and they are enabled; undefined otherwise. Unknown users,
 * users without a password, wrong passwords and disabled users are not told apart.
 */
export async function checkUserPassword(
  driver: Driver,
  name: string,
  password: string,
): Promise<StoredUser | undefined> {
  const [record] = await readQuery(
    driver,
    `MATCH (u:User {name: $name})
     RETURN u.name AS name, u.role AS role, toString(u.createdAt) AS createdAt,
            coalesce(u.disabled, false) AS disabled, u.passwordHash AS passwordHash`,
    { name },
  );
  const hash = typeof record?.passwordHash === 'string' ? record.passwordHash : undefined;
  const matches = await verifyPassword(password, hash ?? (await DECOY_HASH));
  if (!record || hash === undefined || !matches || record.disabled === true || !isRole(record.role)) return undefined;
  return { name: String(record.name), role: record.role, createdAt: String(record.createdAt), disabled: false };
}
