/**
 * Builds the context of each GraphQL request: a request id, the authenticated user and their
 * case access, the database and the request's audit log. A token that is sent but refused ends
 * the request with 401 (and a DENIED audit entry); a database that cannot be reached, with 503.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { AuditWriter } from '../audit/audit-writer';
import { requestAuditLog } from '../audit/request-audit-log';
import { AuthenticationFailure, authenticate } from '../auth/authenticate';
import type { Sessions } from '../auth/sessions';
import type { ApiContext } from '../context';
import { toApiError } from '../to-api-error';

const httpError = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/** A context factory for `expressMiddleware`. */
export function createContextFactory(driver: Driver, secret: string, writer: AuditWriter, sessions: Sessions) {
  return async ({
    req,
    res,
  }: {
    req: { headers: Record<string, string | string[] | undefined> };
    res?: { setHeader(name: string, value: string): unknown };
  }): Promise<ApiContext> => {
    const requestId = randomUUID();
    // The same id is on every audit event of the request, so a client's report can be traced.
    res?.setHeader('X-Request-Id', requestId);
    const audit = requestAuditLog(writer, requestId);
    const header = req.headers.authorization;
    try {
      const { user, access } = await authenticate(driver, secret, Array.isArray(header) ? header[0] : header);
      return { user, access, driver, audit, requestId, sessions };
    } catch (e) {
      if (e instanceof AuthenticationFailure) {
        try {
          await audit.record(null, {
            operation: 'authenticate',
            arguments: { reason: e.reason, user: e.userName },
            outcome: 'DENIED',
            errorCode: 'UNAUTHENTICATED',
          });
        } catch {
          throw httpError('The audit log cannot be written just now; try again shortly.', 'UNAVAILABLE', 503);
        }
        throw httpError(e.message, 'UNAUTHENTICATED', 401);
      }
      const error = toApiError(e);
      if (error.extensions.code === 'UNAVAILABLE' || error.extensions.code === 'TIMEOUT')
        throw httpError(error.message, 'UNAVAILABLE', 503);
      console.error(`[${requestId}] authentication failed:`, e);
      throw httpError('Internal server error', 'INTERNAL_SERVER_ERROR', 500);
    }
  };
}
