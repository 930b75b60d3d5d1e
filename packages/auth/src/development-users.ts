/**
 * Development users, created on the first start of the demo so a newcomer can sign in at once:
 * an investigator (explores the graph, builds cases) and an analyst (also runs ad-hoc Cypher).
 * Never an admin: reading the audit log is granted deliberately, with `user add`.
 */
import type { Driver } from 'neo4j-driver';
import type { Role } from './roles';
import { addUser, findUser } from './user-store';

/** The development users and their roles. */
export const DEVELOPMENT_USERS: readonly { name: string; role: Role }[] = [
  { name: 'investigator', role: 'investigator' },
  { name: 'analyst', role: 'analyst' },
];

/** Creates the development users that do not exist yet; returns the names created (empty when none). */
export async function ensureDevelopmentUsers(driver: Driver): Promise<string[]> {
  const created: string[] = [];
  for (const { name, role } of DEVELOPMENT_USERS) {
    if (await findUser(driver, name)) continue;
    try {
      await addUser(driver, name, role);
      created.push(name);
    } catch (e) {
      // Another process created it meanwhile: that is the outcome we wanted.
      if (!(await findUser(driver, name))) throw e;
    }
  }
  return created;
}

/** Lines telling a newcomer how to sign in, for the start command to print. */
export function developmentUsersHint(): string[] {
  return [
    `Development users: ${DEVELOPMENT_USERS.map((u) => `${u.name} (${u.role})`).join(', ')}.`,
    'Get a bearer token with: pnpm touchstone token investigator',
  ];
}
