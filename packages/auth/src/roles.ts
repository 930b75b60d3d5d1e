/**
 * The roles of the workbench. A role says what kind of work a user does (DOMAIN.md: investigators
 * explore, prosecutors build charts, analysts query, admins administer); which cases a user may
 * see is decided separately, by case membership.
 */

/** All roles, in order of the documentation. */
export const ROLES = ['analyst', 'investigator', 'prosecutor', 'admin'] as const;

/** A user's role. */
export type Role = (typeof ROLES)[number];

/** True when `value` names a role. */
export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** What a user name must look like: short, lower-case, no spaces (it appears in audit entries). */
export const USER_NAME_PATTERN = /^[a-z][a-z0-9._-]{1,63}$/;

/** Why `name` is not an acceptable user name, or undefined when it is. */
export function userNameProblem(name: string): string | undefined {
  return USER_NAME_PATTERN.test(name)
    ? undefined
    : `"${name.slice(0, 40)}" is not a valid user name: 2–64 characters, lower-case letters, digits, ".", "_" or "-", starting with a letter`;
}
