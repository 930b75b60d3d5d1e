/**
 * Checks one value against a declared parameter: its type and its bounds. Messages name what was
 * expected and what came, so a rejected canned-query call can be fixed without reading Cypher.
 */
import { ID_PATTERN, isIsoDate, isIsoDateTime } from '@touchstone/domain';
import type { QueryParameter } from './parameter-types';

/** Longest text or list accepted when a parameter declares no upper bound. */
export const DEFAULT_MAX_LENGTH = 1000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

function checkBounds(p: QueryParameter, size: number, what: string): string | undefined {
  if (p.min !== undefined && size < p.min) return `must be ${what} at least ${p.min}, got ${size}`;
  const max = p.max ?? (what === 'a number' ? undefined : DEFAULT_MAX_LENGTH);
  if (max !== undefined && size > max) return `must be ${what} at most ${max}, got ${size}`;
  return undefined;
}

function checkText(p: QueryParameter, value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be text, got ${describe(value)}`;
  if (p.type === 'id' && !ID_PATTERN.test(value))
    return `must be an entity id such as "acc-0001", got ${describe(value)}`;
  if (p.type === 'date' && !isIsoDate(value))
    return `must be a date written YYYY-MM-DD, got ${describe(value)}`;
  if (p.type === 'datetime' && !isIsoDateTime(value) && !isIsoDate(value)) {
    return `must be a date-time such as 2021-03-01T00:00:00Z (or a date), got ${describe(value)}`;
  }
  return p.type === 'string' ? checkBounds(p, value.length, 'text of length') : undefined;
}

/** What is wrong with `value` for parameter `p`, or undefined when it is acceptable. */
export function checkParameterValue(p: QueryParameter, value: unknown): string | undefined {
  switch (p.type) {
    case 'integer':
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return `must be a number, got ${describe(value)}`;
      if (p.type === 'integer' && !Number.isSafeInteger(value)) return `must be a whole number, got ${value}`;
      return checkBounds(p, value, 'a number');
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be true or false, got ${describe(value)}`;
    case 'string[]':
    case 'id[]': {
      if (!Array.isArray(value)) return `must be a list, got ${describe(value)}`;
      const sized = checkBounds(p, value.length, 'a list of length');
      if (sized) return sized;
      const each: QueryParameter = {
        ...p,
        type: p.type === 'id[]' ? 'id' : 'string',
        min: undefined,
        max: DEFAULT_MAX_LENGTH,
      };
      for (let i = 0; i < value.length; i++) {
        const problem = checkText(each, value[i]);
        if (problem) return `item ${i + 1} ${problem}`;
      }
      return undefined;
    }
    default:
      return checkText(p, value);
  }
}
