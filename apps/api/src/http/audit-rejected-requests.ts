/**
 * Apollo plugin writing an audit entry for requests refused before any resolver ran — unparsable,
 * invalid, too deep, too costly — so attempts against the API leave a trace even when they never
 * reach an operation. Errors raised while resolvers run are audited by `audited` instead.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';

/** A password written into the query text itself must not reach the log. */
export const redactPasswords = (query: string): string =>
  query.replace(/(password\s*:\s*)"(?:[^"\\]|\\.)*"/gi, '$1"(redacted)"');

/** The plugin. */
export function auditRejectedRequestsPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async didEncounterErrors({ contextValue, errors, request }) {
          if (executed) return;
          const code = String(errors[0]?.extensions?.code ?? 'BAD_USER_INPUT');
          await contextValue.audit.record(contextValue.user, {
            operation: '(refused request)',
            arguments: {
              operationName: request.operationName ?? null,
              query: redactPasswords(request.query ?? '').slice(0, 2000),
              reason: errors[0]?.message.slice(0, 300) ?? null,
            },
            outcome: 'FAILURE',
            errorCode:
              code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED'
                ? 'BAD_USER_INPUT'
                : code,
          });
        },
      };
    },
  };
}
