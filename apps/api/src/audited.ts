/**
 * Wraps a resolver so that every call is authenticated, role-checked and written to the audit
 * log — successes, failures and denied attempts alike — and database failures become stable
 * error codes. Every query and mutation resolver of the API is built with it. No result leaves
 * the server unless its audit event is committed: when the log cannot be written, the call fails.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext, ApiUser, AuditEntry, Role } from './context';
import { ApiError, forbidden, unauthenticated, unavailable } from './errors';
import { toApiError } from './to-api-error';

/** How an operation is audited and who may call it. */
export interface AuditedOptions<A, R> {
  /** Roles allowed (default: every authenticated user). */
  roles?: readonly Role[];
  /** The case the call concerns, for the audit entry. */
  caseIdOf?: (args: A) => string | null | undefined;
  /** The case the call concerned, known only from its result (e.g. a chart looked up by id). */
  caseIdOfResult?: (result: R) => string | null | undefined;
  /** Size of the result for the audit entry (rows, nodes…). */
  sizeOf?: (result: R) => number;
  /** Arguments as written to the audit log (default: all, long strings clipped). */
  argumentsOf?: (args: A) => Record<string, unknown>;
}

/** Shortens long strings and lists so an audit entry stays small whatever the arguments. */
export function clip(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.length > 500 ? `${value.slice(0, 500)}… (${value.length} characters)` : value;
  if (depth > 6) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, 50).map((v) => clip(v, depth + 1));
    return value.length > 50 ? [...items, `… (${value.length} items)`] : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, 50)
        .map(([k, v]) => [k, clip(v, depth + 1)]),
    );
  }
  return value;
}

/** Records an entry, turning a failure to write it into UNAVAILABLE (the operation then fails). */
async function record(ctx: ApiContext, user: ApiUser | null, entry: AuditEntry): Promise<void> {
  try {
    await ctx.audit.record(user, entry);
  } catch (e) {
    console.error(
      `[${ctx.requestId}] audit log write failed for ${entry.operation}:`,
      e instanceof Error ? e.message : e,
    );
    throw unavailable(
      'The audit log cannot be written just now, so the operation was not completed; try again shortly.',
    );
  }
}

/** A resolver `(parent, args, ctx, info)` running `run(args, ctx, info)` under authentication, roles and audit. */
export function audited<A extends object, R>(
  operation: string,
  run: (args: A, ctx: ApiContext, info: GraphQLResolveInfo) => Promise<R>,
  options: AuditedOptions<A, R> = {},
) {
  return async (_parent: unknown, args: A, ctx: ApiContext, info: GraphQLResolveInfo): Promise<R> => {
    const caseId = options.caseIdOf?.(args) ?? null;
    const auditArgs = (options.argumentsOf?.(args) ?? clip(args)) as Record<string, unknown>;
    if (!ctx.user) {
      await record(ctx, null, {
        operation,
        caseId,
        arguments: auditArgs,
        outcome: 'DENIED',
        errorCode: 'UNAUTHENTICATED',
      });
      throw unauthenticated();
    }
    if (options.roles && !options.roles.includes(ctx.user.role)) {
      await record(ctx, ctx.user, {
        operation,
        caseId,
        arguments: auditArgs,
        outcome: 'DENIED',
        errorCode: 'FORBIDDEN',
      });
      throw forbidden(`${operation} is for ${options.roles.join(' and ')} users.`);
    }
    let result: R;
    try {
      result = await run(args, ctx, info);
    } catch (e) {
      const error = toApiError(e);
      if (!(error instanceof ApiError)) console.error(`[${ctx.requestId}] ${operation} failed:`, e);
      const code = String(error.extensions.code ?? 'INTERNAL_SERVER_ERROR');
      const outcome = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? 'DENIED' : 'FAILURE';
      await record(ctx, ctx.user, { operation, caseId, arguments: auditArgs, outcome, errorCode: code });
      throw error;
    }
    const resultCaseId = caseId ?? options.caseIdOfResult?.(result) ?? null;
    await record(ctx, ctx.user, {
      operation,
      caseId: resultCaseId,
      arguments: auditArgs,
      resultSize: options.sizeOf?.(result) ?? null,
      outcome: 'SUCCESS',
    });
    return result;
  };
}
