/**
 * Apollo plugin enforcing the per-operation limits that need the variables: the operation's
 * estimated cost, and the length of every string it carries. It runs once the operation is
 * resolved and before any resolver, so a refused request touches neither database nor audit log.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import { operationCost } from './operation-cost';
import { findLongString, longestStringLiteral } from './string-size';

/** Limits applied to each operation. */
export interface RequestLimits {
  maxCost: number;
  maxStringLength: number;
}

const refuse = (message: string, reason: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason, http: { status: 400 } } });

/** The plugin. */
export function requestLimitsPlugin(limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          const long = findLongString(request.variables ?? {}, limits.maxStringLength);
          if (long)
            throw refuse(
              `${long.path} is ${long.length} characters long; at most ${limits.maxStringLength} are allowed.`,
              'STRING_TOO_LONG',
            );
          const literal = longestStringLiteral(document);
          if (literal > limits.maxStringLength)
            throw refuse(
              `A string in the query is ${literal} characters long; at most ${limits.maxStringLength} are allowed.`,
              'STRING_TOO_LONG',
            );
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions)
            if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const cost = operationCost({ schema, operation, fragments, variables: request.variables ?? {} });
          if (cost > limits.maxCost)
            throw refuse(
              `The query would cost about ${cost} points; at most ${limits.maxCost} are allowed. Ask for fewer items or fields.`,
              'COST_LIMIT',
            );
        },
      };
    },
  };
}
