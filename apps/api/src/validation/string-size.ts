/**
 * The longest string a request may carry, in a literal or anywhere inside its variables: large
 * enough for a Cypher query or a chart note, small enough that no argument can be used to make
 * the server or the database chew on megabytes of text.
 */
import { Kind, visit, type DocumentNode } from 'graphql';

/** Longest string accepted in any argument. */
export const MAX_STRING_LENGTH = 20_000;

/** Path and length of the first string in `value` longer than `max`, or undefined. */
export function findLongString(
  value: unknown,
  max: number,
  path = 'variables',
  depth = 0,
): { path: string; length: number } | undefined {
  if (typeof value === 'string') return value.length > max ? { path, length: value.length } : undefined;
  if (depth > 64 || value === null || typeof value !== 'object') return undefined;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    if (key.length > max) return { path: `${path} (a key)`, length: key.length };
    const found = findLongString(item, max, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Length of the longest string literal of a document. */
export function longestStringLiteral(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    [Kind.STRING]: (node) => {
      longest = Math.max(longest, node.value.length);
    },
  });
  return longest;
}
