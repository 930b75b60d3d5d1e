/**
 * What clients see of an error: a message meant for a person and one of the API's stable codes.
 * Request errors found by GraphQL itself (parse, validation, bad variables) become
 * BAD_USER_INPUT with the original code as `reason`; anything unexpected becomes a masked
 * INTERNAL_SERVER_ERROR, logged on the server with its stack. No stack trace or Cypher leaves.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/** The codes an API error may carry. */
export const STABLE_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TIMEOUT',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
]);

/** Codes of Apollo Server and graphql-js for a request the client got wrong. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Extension keys that may reach a client besides `code`. */
const SAFE_DETAILS = ['reason', 'field', 'currentVersion', 'issues', 'limit'];

/** A `formatError` for Apollo Server; `production` also hides "Did you mean …" schema hints. */
export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const rawCode = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const { locations, path } = formatted;
    const details = Object.fromEntries(
      SAFE_DETAILS.filter((k) => formatted.extensions?.[k] !== undefined).map((k) => [
        k,
        formatted.extensions![k],
      ]),
    );
    if (STABLE_CODES.has(rawCode) && rawCode !== 'INTERNAL_SERVER_ERROR') {
      return { message: formatted.message, locations, path, extensions: { code: rawCode, ...details } };
    }
    if (REQUEST_ERROR_CODES.has(rawCode)) {
      const message = production
        ? formatted.message.replace(/\s*Did you mean[^?]*\?/g, '')
        : formatted.message;
      return {
        message,
        locations,
        path,
        extensions: { code: 'BAD_USER_INPUT', reason: rawCode, ...details },
      };
    }
    const original = unwrapResolverError(error);
    console.error(
      'Internal error:',
      original instanceof Error ? (original.stack ?? original.message) : original,
    );
    return { message: 'Internal server error', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
