/**
 * Case-level access of one request: the cases the user is a member of and the role held in each,
 * loaded once per request from `(:Case)-[:HAS_MEMBER {role}]->(:User)`. Admins get no
 * special sight of cases: they see a case's data only as its members, like anyone else.
 */
import type { CaseAccess } from '../context';
import { forbidden } from '../errors';

/** A member's role in a case. */
export type CaseRole = 'LEAD' | 'MEMBER' | 'VIEWER';

export const CASE_ROLES: readonly CaseRole[] = ['LEAD', 'MEMBER', 'VIEWER'];

/** Roles that may change a case's content (entities, charts). */
export const CASE_EDITORS: readonly CaseRole[] = ['LEAD', 'MEMBER'];

/** One membership of the user. */
export interface Membership {
  caseId: string;
  role: CaseRole;
}

/** The access of a request, with the role held in each case. */
export interface RequestCaseAccess extends CaseAccess {
  readonly memberships: readonly Membership[];
  /** The user's role in a case, or undefined when not a member. */
  roleIn(caseId: string): CaseRole | undefined;
}

/** Access built from the user's memberships (none for anonymous requests). */
export function createCaseAccess(memberships: readonly Membership[] = []): RequestCaseAccess {
  const roles = new Map(memberships.map((m) => [m.caseId, m.role]));
  const visibleCaseIds = Object.freeze([...roles.keys()].sort());
  return Object.freeze({
    memberships: Object.freeze([...memberships]),
    visibleCaseIds,
    roleIn: (caseId: string) => roles.get(caseId),
    requireMember(caseId: string, allowed?: readonly string[]) {
      const role = roles.get(caseId);
      if (!role) throw forbidden('You are not a member of this case.');
      if (allowed && !allowed.includes(role))
        throw forbidden(`This needs the case role ${allowed.join(' or ')}; you are ${role}.`);
    },
  });
}
