/**
 * Opaque cursors of search pages: the offset reached and, once a page has counted them, how many
 * hits the exact tier (lucene-query.ts) has — bound to the search they came from, so a cursor
 * cannot be replayed against another text or type filter.
 */
import { createHash } from 'node:crypto';
import { badInput } from '../../errors';

/** Where a page starts. */
export interface SearchPosition {
  offset: number;
  /** Visible hits of the exact tier, once a page has counted them all; else null. */
  exactTotal: number | null;
}

const fingerprint = (text: string, types: readonly string[] | null) =>
  createHash('sha256')
    .update(`${text}\u0000${(types ?? []).join(',')}`)
    .digest('base64url')
    .slice(0, 12);

/** A cursor as encoded: offset, exact tier's size, fingerprint of the search. */
type CursorValue = { o?: unknown; e?: unknown; f?: unknown };

const isCount = (v: unknown, max: number): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** The cursor of the page starting at `position`. */
export function encodeCursor(
  position: SearchPosition,
  text: string,
  types: readonly string[] | null,
): string {
  const { offset, exactTotal } = position;
  const value =
    exactTotal === null
      ? { o: offset, f: fingerprint(text, types) }
      : { o: offset, e: exactTotal, f: fingerprint(text, types) };
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Where a cursor points; BAD_USER_INPUT when it is malformed or belongs to another search. */
export function decodeCursor(
  cursor: string | null | undefined,
  text: string,
  types: readonly string[] | null,
  maxOffset: number,
): SearchPosition {
  if (cursor === null || cursor === undefined || cursor === '') return { offset: 0, exactTotal: null };
  let value: CursorValue | undefined;
  try {
    if (cursor.length > 200) throw new Error('too long');
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
  } catch {
    value = undefined;
  }
  if (
    !value ||
    !isCount(value.o, maxOffset) ||
    (value.e !== undefined && !isCount(value.e, Number.MAX_SAFE_INTEGER))
  ) {
    throw badInput('after: not a cursor returned by this search.', { argument: 'after' });
  }
  if (value.f !== fingerprint(text, types))
    throw badInput('after: this cursor belongs to another search.', { argument: 'after' });
  return { offset: value.o, exactTotal: value.e === undefined ? null : (value.e as number) };
}
