/**
 * Opaque cursors of search pages: the offset reached, bound to the search they came from so a
 * cursor cannot be replayed against another text or type filter.
 */
import { createHash } from 'node:crypto';
import { badInput } from '../../errors';

const fingerprint = (text: string, types: readonly string[] | null) =>
  createHash('sha256')
    .update(`${text}\u0000${(types ?? []).join(',')}`)
    .digest('base64url')
    .slice(0, 12);

/** The cursor of the page starting at `offset`. */
export function encodeCursor(offset: number, text: string, types: readonly string[] | null): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint(text, types) })).toString('base64url');
}

/** The offset a cursor points at; BAD_USER_INPUT when it is malformed or belongs to another search. */
export function decodeCursor(
  cursor: string | null | undefined,
  text: string,
  types: readonly string[] | null,
  maxOffset: number,
): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  let value: { o?: unknown; f?: unknown } | undefined;
  try {
    if (cursor.length > 200) throw new Error('too long');
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; f?: unknown };
  } catch {
    value = undefined;
  }
  if (!value || !Number.isInteger(value.o) || (value.o as number) < 0 || (value.o as number) > maxOffset) {
    throw badInput('after: not a cursor returned by this search.', { argument: 'after' });
  }
  if (value.f !== fingerprint(text, types))
    throw badInput('after: this cursor belongs to another search.', { argument: 'after' });
  return value.o as number;
}
