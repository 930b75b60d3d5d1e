/**
 * Resolvers of the audit log, for admins only: reading pages of events and checking the hash
 * chain. Both are themselves audited like every operation, so reading the log leaves a trace.
 */
import { isIsoDateTime } from '@touchstone/domain';
import { audited } from '../audited';
import { readAuditPage, checkAuditChain, type AuditFilter } from '../audit/audit-reader';
import { badInput } from '../errors';
import { checkRange } from '../services/cases/case-input';

function checkFilter(filter: AuditFilter | null | undefined): AuditFilter {
  const f = filter ?? {};
  for (const key of ['from', 'until'] as const) {
    const value = f[key];
    if (value !== null && value !== undefined && !isIsoDateTime(value))
      throw badInput(`filter.${key} must be a date-time like 2025-03-01T00:00:00Z.`, {
        field: `filter.${key}`,
      });
  }
  // Stored instants are UTC with milliseconds; normalise so string comparison orders correctly.
  const norm = (v: string | null | undefined) => (v ? new Date(v).toISOString() : null);
  const from = norm(f.from);
  const until = norm(f.until);
  if (from && until && from >= until)
    throw badInput('filter.from must be before filter.until.', { field: 'filter.from' });
  return { ...f, from, until };
}

export const auditResolvers = {
  Query: {
    auditLog: audited(
      'auditLog',
      async (args: { filter?: AuditFilter | null; limit?: number; before?: number | null }, ctx) => {
        const limit = checkRange(args.limit ?? 50, 'limit', 1, 500);
        const before =
          args.before === null || args.before === undefined
            ? null
            : checkRange(args.before, 'before', 1, Number.MAX_SAFE_INTEGER);
        const page = await readAuditPage(ctx.driver, checkFilter(args.filter), limit, before);
        return {
          ...page,
          events: page.events.map((e) => ({ ...e, arguments: JSON.parse(e.arguments) as unknown })),
        };
      },
      { roles: ['admin'], sizeOf: (page) => page.events.length },
    ),
    auditIntegrity: audited(
      'auditIntegrity',
      async (args: { fromSeq?: number; limit?: number }, ctx) =>
        checkAuditChain(
          ctx.driver,
          checkRange(args.fromSeq ?? 1, 'fromSeq', 1, Number.MAX_SAFE_INTEGER),
          checkRange(args.limit ?? 10_000, 'limit', 1, 100_000),
        ),
      { roles: ['admin'], sizeOf: (report) => report.checked },
    ),
  },
};
