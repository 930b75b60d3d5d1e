/**
 * Resolvers of cases: listing, reading, opening and changing a case, its members and the
 * entities it holds. Membership is checked against the request's case access before any
 * database work, and again by the queries themselves.
 */
import { CASE_EDITORS, CASE_ROLES, type CaseRole } from '../access/case-access';
import { audited } from '../audited';
import { badInput } from '../errors';
import { addCaseEntities, removeCaseEntities } from '../services/cases/case-entities';
import {
  CASE_STATUSES,
  checkDescription,
  checkEntityIds,
  checkId,
  checkRange,
  checkTitle,
  checkUserName,
  decodeCursor,
  encodeCursor,
  type CaseStatus,
} from '../services/cases/case-input';
import { removeMember, setMember } from '../services/cases/case-members';
import { createCase, listCases, updateCase } from '../services/cases/case-store';
import { viewCase, viewCaseAfterChange, type CaseView } from '../services/cases/case-view';

const caseIdOf = (a: { caseId?: string; id?: string }) => a.caseId ?? a.id;

function checkStatus(status: unknown): CaseStatus | undefined {
  if (status === undefined || status === null) return undefined;
  if (!CASE_STATUSES.includes(status as CaseStatus))
    throw badInput(`status must be one of ${CASE_STATUSES.join(', ')}.`, { field: 'status' });
  return status as CaseStatus;
}

function checkCaseRole(role: unknown): CaseRole {
  if (!CASE_ROLES.includes(role as CaseRole))
    throw badInput(`role must be one of ${CASE_ROLES.join(', ')}.`, { field: 'role' });
  return role as CaseRole;
}

export const caseResolvers = {
  Query: {
    cases: audited(
      'cases',
      async (args: { status?: CaseStatus | null; limit?: number; after?: string | null }, ctx) => {
        const limit = checkRange(args.limit ?? 50, 'limit', 1, 200);
        const offset = decodeCursor(args.after);
        const { cases, hasMore } = await listCases(
          ctx.driver,
          ctx.user!.name,
          checkStatus(args.status) ?? null,
          offset,
          limit,
        );
        return { cases: cases as CaseView[], nextCursor: hasMore ? encodeCursor(offset + limit) : null };
      },
      { sizeOf: (page) => page.cases.length },
    ),
    case: audited(
      'case',
      async (args: { id: string }, ctx) => {
        const id = checkId(args.id, 'id');
        return viewCase(ctx.driver, id, ctx.user!.name);
      },
      { caseIdOf, sizeOf: () => 1 },
    ),
  },
  Mutation: {
    createCase: audited(
      'createCase',
      async (args: { input: { title: string; description?: string | null } }, ctx) => {
        const created = await createCase(
          ctx.driver,
          ctx.user!.name,
          checkTitle(args.input.title),
          checkDescription(args.input.description),
        );
        return { ...created, myRole: 'LEAD' as CaseRole };
      },
      { caseIdOfResult: (c) => c.id, sizeOf: () => 1 },
    ),
    updateCase: audited(
      'updateCase',
      async (
        args: {
          id: string;
          input: { title?: string | null; description?: string | null; status?: CaseStatus | null };
        },
        ctx,
      ) => {
        const id = checkId(args.id, 'id');
        ctx.access.requireMember(id, ['LEAD']);
        const { title, description, status } = args.input;
        await updateCase(ctx.driver, id, {
          title: title === undefined || title === null ? undefined : checkTitle(title),
          description: description === undefined ? undefined : checkDescription(description),
          status: checkStatus(status),
        });
        return viewCase(ctx.driver, id, ctx.user!.name);
      },
      { caseIdOf, sizeOf: () => 1 },
    ),
    setCaseMember: audited(
      'setCaseMember',
      async (args: { caseId: string; user: string; role: CaseRole }, ctx) => {
        const caseId = checkId(args.caseId, 'caseId');
        ctx.access.requireMember(caseId, ['LEAD']);
        await setMember(
          ctx.driver,
          caseId,
          checkUserName(args.user),
          checkCaseRole(args.role),
          ctx.user!.name,
        );
        return viewCaseAfterChange(ctx.driver, caseId, ctx.user!.name);
      },
      { caseIdOf, sizeOf: () => 1 },
    ),
    removeCaseMember: audited(
      'removeCaseMember',
      async (args: { caseId: string; user: string }, ctx) => {
        const caseId = checkId(args.caseId, 'caseId');
        ctx.access.requireMember(caseId, ['LEAD']);
        await removeMember(ctx.driver, caseId, checkUserName(args.user));
        return viewCaseAfterChange(ctx.driver, caseId, ctx.user!.name);
      },
      { caseIdOf, sizeOf: () => 1 },
    ),
    addCaseEntities: audited(
      'addCaseEntities',
      async (args: { caseId: string; ids: string[] }, ctx) => {
        const caseId = checkId(args.caseId, 'caseId');
        ctx.access.requireMember(caseId, CASE_EDITORS);
        await addCaseEntities(
          ctx.driver,
          caseId,
          checkEntityIds(args.ids),
          ctx.user!.name,
          ctx.access.visibleCaseIds,
        );
        return viewCase(ctx.driver, caseId, ctx.user!.name);
      },
      { caseIdOf, sizeOf: () => 1 },
    ),
    removeCaseEntities: audited(
      'removeCaseEntities',
      async (args: { caseId: string; ids: string[] }, ctx) => {
        const caseId = checkId(args.caseId, 'caseId');
        ctx.access.requireMember(caseId, CASE_EDITORS);
        await removeCaseEntities(ctx.driver, caseId, checkEntityIds(args.ids));
        return viewCase(ctx.driver, caseId, ctx.user!.name);
      },
      { caseIdOf, sizeOf: () => 1 },
    ),
  },
};
