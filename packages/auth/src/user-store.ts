/**
 * Users of the workbench, stored in Neo4j as `(:User {name, role, createdAt, disabled})` — not
 * `Entity` nodes, so no graph operation ever returns them. Names are unique (migration 005).
 */
import { readQuery, writeQuery, type PlainRecord } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { isRole, userNameProblem, type Role } from './roles';

/** A stored user. */
export interface StoredUser {
  name: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

/** A request the store refuses (unknown user, bad name, duplicate); its message is for a person. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

const RETURN_USER =
  'RETURN u.name AS name, u.role AS role, toString(u.createdAt) AS createdAt, coalesce(u.disabled, false) AS disabled';

function toUser(record: PlainRecord): StoredUser {
  const role = record.role;
  if (!isRole(role)) throw new Error(`auth: user ${String(record.name)} has an unknown role ${String(role)}`);
  return {
    name: String(record.name),
    role,
    createdAt: String(record.createdAt),
    disabled: record.disabled === true,
  };
}

const read = async (driver: Driver, query: string, params: Record<string, unknown>) =>
  (await readQuery(driver, query, params)).map(toUser);
const write = async (driver: Driver, query: string, params: Record<string, unknown>) =>
  (await writeQuery(driver, query, params)).map(toUser);

/** Creates a user; fails when the name is taken or malformed. */
export async function addUser(driver: Driver, name: string, role: Role): Promise<StoredUser> {
  const problem = userNameProblem(name);
  if (problem) throw new UserError(problem);
  if (!isRole(role)) throw new UserError(`unknown role "${String(role)}"`);
  const [created] = await write(
    driver,
    `OPTIONAL MATCH (existing:User {name: $name})
     WITH existing WHERE existing IS NULL
     CREATE (u:User {name: $name, role: $role, createdAt: datetime(), disabled: false}) ${RETURN_USER}`,
    { name, role },
  );
  if (!created) throw new UserError(`a user named "${name}" already exists`);
  return created;
}

/** The user named `name`, or undefined. */
export async function findUser(driver: Driver, name: string): Promise<StoredUser | undefined> {
  const [user] = await read(driver, `MATCH (u:User {name: $name}) ${RETURN_USER}`, { name });
  return user;
}

/** All users, by name. */
export async function listUsers(driver: Driver): Promise<StoredUser[]> {
  return read(driver, `MATCH (u:User) ${RETURN_USER} ORDER BY name`, {});
}

/** Disables or re-enables a user; a disabled user's tokens are refused at once. */
export async function setUserDisabled(driver: Driver, name: string, disabled: boolean): Promise<StoredUser> {
  const [user] = await write(
    driver,
    `MATCH (u:User {name: $name}) SET u.disabled = $disabled ${RETURN_USER}`,
    { name, disabled },
  );
  if (!user) throw new UserError(`no user named "${name}"`);
  return user;
}

/** Changes a user's role; takes effect on the user's next request. */
export async function setUserRole(driver: Driver, name: string, role: Role): Promise<StoredUser> {
  if (!isRole(role)) throw new UserError(`unknown role "${String(role)}"`);
  const [user] = await write(driver, `MATCH (u:User {name: $name}) SET u.role = $role ${RETURN_USER}`, {
    name,
    role,
  });
  if (!user) throw new UserError(`no user named "${name}"`);
  return user;
}
