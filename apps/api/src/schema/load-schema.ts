/**
 * The executable schema: every `*.graphql` file of this folder merged (each area declares its
 * own `type Query { … }` block), with the resolvers of every area. Built once at start-up; the
 * schema snapshot test prints the same schema.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers/index';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * A file may open with a block description of its area (`"""…"""` before `extend type …`);
 * GraphQL allows descriptions on definitions only, so such a header is read as a comment.
 */
export function headerAsComment(sdl: string): string {
  const m = /^\s*"""([\s\S]*?)"""\s*(?=extend\b)/.exec(sdl);
  return m
    ? `${m[1]!
        .split('\n')
        .map((line) => `# ${line}`)
        .join('\n')}\n${sdl.slice(m[0].length)}`
    : sdl;
}

/** The SDL files of the API, in name order. */
export function schemaSources(folder = here): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => headerAsComment(readFileSync(join(folder, f), 'utf8')));
}

/** The API's schema with its resolvers. */
export function buildApiSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: schemaSources(),
    resolvers: resolvers as never,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
