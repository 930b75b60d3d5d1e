/**
 * Development users, created on the first start of the demo so a newcomer can sign in at once:
 * an investigator (explores the graph, builds cases) and an analyst (also runs ad-hoc Cypher).
 * Never an admin: reading the audit log is granted deliberately, with `user add`.
 * Their passwords are generated on this machine and kept in the git-ignored, owner-only
 * `.touchstone/api/development-users.json`, so `touchstone start` can print them every time.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generatePassword } from './passwords';
import { findRepoRoot } from './repo-root';
import type { Role } from './roles';
import { checkUserPassword, setUserPassword } from './user-passwords';
import { addUser, findUser } from './user-store';

/** The development users and their roles. */
export const DEVELOPMENT_USERS: readonly { name: string; role: Role }[] = [
  { name: 'investigator', role: 'investigator' },
  { name: 'analyst', role: 'analyst' },
];

/** A development user's sign-in. */
export interface DevelopmentCredential {
  name: string;
  role: Role;
  password: string;
}

/** Where the development passwords are kept. */
export const developmentUsersFile = (root = findRepoRoot()): string =>
  join(root, '.touchstone', 'api', 'development-users.json');

function readPasswords(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function writePasswords(file: string, passwords: Record<string, string>): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${JSON.stringify(passwords, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * Creates the development users that do not exist yet and makes sure each can sign in with the
 * password kept in the local file (a new one is generated when the file has none or it does not
 * match, e.g. after the database was reset). Returns every development user's sign-in.
 */
export async function ensureDevelopmentUsers(
  driver: Driver,
  file = developmentUsersFile(),
): Promise<DevelopmentCredential[]> {
  const passwords = readPasswords(file);
  const credentials: DevelopmentCredential[] = [];
  let changed = false;
  for (const { name, role } of DEVELOPMENT_USERS) {
    if (!(await findUser(driver, name))) {
      try {
        await addUser(driver, name, role);
      } catch (e) {
        // Another process created it meanwhile: that is the outcome we wanted.
        if (!(await findUser(driver, name))) throw e;
      }
    }
    const known = passwords[name];
    if (known === undefined || !(await checkUserPassword(driver, name, known))) {
      passwords[name] = generatePassword();
      await setUserPassword(driver, name, passwords[name]!);
      changed = true;
    }
    credentials.push({ name, role, password: passwords[name]! });
  }
  if (changed) writePasswords(file, passwords);
  return credentials;
}

/** Lines telling a newcomer how to sign in, for the start command to print. */
export function developmentUsersHint(credentials: readonly DevelopmentCredential[]): string[] {
  return [
    'Sign in with a development user (passwords kept in .touchstone/api/development-users.json):',
    ...credentials.map((c) => `  ${c.name.padEnd(14)} password ${c.password}   (${c.role})`),
    'Bearer tokens for scripts: pnpm touchstone token investigator',
  ];
}
