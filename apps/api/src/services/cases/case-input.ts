/**
 * Checks of the values a client sends about cases: titles, descriptions, statuses, user names,
 * entity id lists and paging. Each failure is a BAD_USER_INPUT naming the field.
 */
import { userNameProblem } from '@touchstone/auth';
import { ID_PATTERN } from '@touchstone/domain';
import { badInput } from '../../errors';

export const CASE_STATUSES = ['OPEN', 'SUSPENDED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const MAX_TITLE_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 5000;
/** Most entities added or removed in one call. */
export const MAX_ENTITY_IDS = 500;

/** A trimmed, non-empty title. */
export function checkTitle(title: unknown): string {
  const t = typeof title === 'string' ? title.trim() : '';
  if (!t) throw badInput('title must not be empty.', { field: 'title' });
  if (t.length > MAX_TITLE_LENGTH)
    throw badInput(`title must be at most ${MAX_TITLE_LENGTH} characters.`, { field: 'title' });
  return t;
}

/** A description, or null when empty. */
export function checkDescription(description: unknown): string | null {
  if (description === null || description === undefined) return null;
  const d = String(description).trim();
  if (d.length > MAX_DESCRIPTION_LENGTH)
    throw badInput(`description must be at most ${MAX_DESCRIPTION_LENGTH} characters.`, {
      field: 'description',
    });
  return d || null;
}

/** A user name of an existing-looking form. */
export function checkUserName(name: unknown, field = 'user'): string {
  const problem = typeof name === 'string' ? userNameProblem(name) : 'a user name is required';
  if (problem) throw badInput(problem, { field });
  return name as string;
}

/** A case or chart id of the right form (anything else cannot exist). */
export function checkId(id: unknown, field: string): string {
  if (typeof id !== 'string' || !ID_PATTERN.test(id))
    throw badInput(`${field} is not a valid id.`, { field });
  return id;
}

/** A non-empty, de-duplicated list of well-formed entity ids. */
export function checkEntityIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || ids.length === 0)
    throw badInput('ids must list at least one entity id.', { field: 'ids' });
  if (ids.length > MAX_ENTITY_IDS)
    throw badInput(`ids may list at most ${MAX_ENTITY_IDS} entities at a time.`, { field: 'ids' });
  const bad = ids.find((id) => typeof id !== 'string' || !ID_PATTERN.test(id));
  if (bad !== undefined)
    throw badInput(`"${String(bad).slice(0, 60)}" is not a valid entity id.`, { field: 'ids' });
  return [...new Set(ids as string[])];
}

/** A whole number within bounds. */
export function checkRange(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${field} must be a whole number from ${min} to ${max}.`, { field });
  }
  return value;
}

/** The offset encoded in a page cursor (0 without one). */
export function decodeCursor(cursor: unknown): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0;
  const match =
    typeof cursor === 'string'
      ? /^o(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'))
      : null;
  if (!match) throw badInput('after is not a cursor returned by this API.', { field: 'after' });
  return Number(match[1]);
}

/** The cursor of the page starting at `offset`. */
export const encodeCursor = (offset: number): string =>
  Buffer.from(`o${offset}`, 'utf8').toString('base64url');
