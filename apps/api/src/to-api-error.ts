/**
 * Maps what a resolver throws to what a client may see: API errors pass through, Neo4j's
 * unavailability and timeouts get their codes, anything else becomes a masked internal error
 * (the original is kept on `originalError` for the server log only).
 */
import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { ApiError, timeout, unavailable } from './errors';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** The client-safe error for `e`. */
export function toApiError(e: unknown): GraphQLError {
  if (e instanceof ApiError) return e;
  if (e instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(e.code) || /connect|ECONNREFUSED|Pool is closed/i.test(e.message))
      return unavailable();
    if (
      /TransactionTimedOut|Terminated|timed out|TransactionTimedOutClientConfiguration/i.test(
        `${e.code} ${e.message}`,
      )
    )
      return timeout();
  }
  if (e instanceof GraphQLError && e.extensions?.code === 'BAD_USER_INPUT') return e;
  return new GraphQLError('Internal server error', {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    originalError: e instanceof Error ? e : undefined,
  });
}
