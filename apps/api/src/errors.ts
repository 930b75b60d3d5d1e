/**
 * The errors clients see: a stable code and a message meant for a person. Anything else thrown
 * inside the server is masked as INTERNAL_SERVER_ERROR, so no stack trace or Cypher leaves it.
 */
import { GraphQLError } from 'graphql';

/** Stable error codes of the API. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'TIMEOUT' | 'UNAVAILABLE';

/** An error whose message and code are safe to show to the client. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'ApiError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new ApiError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => new ApiError('NOT_FOUND', message);
export const forbidden = (message = 'You do not have access to this.') => new ApiError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first: send a bearer token.') =>
  new ApiError('UNAUTHENTICATED', message);
export const timeout = (message = 'The query took too long and was stopped; narrow it down.') =>
  new ApiError('TIMEOUT', message);
// No HTTP status here: raised inside a resolver it fails only that field, and the reply keeps
// the other fields' data; the sign-in stage answers 503 itself (http/request-context.ts).
export const unavailable = (message = 'The database is unavailable; try again shortly.') =>
  new ApiError('UNAVAILABLE', message);
