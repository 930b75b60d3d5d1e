/**
 * Checks of the arguments graph operations share — ids, limits, entity and link types — with
 * messages that name the argument and say what is accepted. Anything a user sends is checked
 * here before a query is built, and anything that fails is BAD_USER_INPUT, never a server error.
 */
import {
  ENTITY_TYPE_NAMES,
  ID_PATTERN,
  isEntityType,
  isLinkType,
  LINK_TYPE_NAMES,
  type EntityTypeName,
  type LinkTypeName,
} from '@touchstone/domain';
import { badInput } from '../../errors';

const clip = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** One entity id: well formed, else BAD_USER_INPUT. */
export function checkId(value: string, argument: string): string {
  if (typeof value !== 'string' || !ID_PATTERN.test(value)) {
    throw badInput(`${argument}: "${clip(String(value))}" is not an entity id (such as per-0001).`, {
      argument,
    });
  }
  return value;
}

/** A list of entity ids, between `min` and `max` of them, duplicates dropped. */
export function checkIds(values: readonly string[], argument: string, min = 1, max = 100): string[] {
  if (!Array.isArray(values) || values.length < min)
    throw badInput(`${argument}: give at least ${min} id.`, { argument });
  if (values.length > max)
    throw badInput(`${argument}: give at most ${max} ids, got ${values.length}.`, { argument });
  return [...new Set(values.map((v) => checkId(v, argument)))];
}

/** A whole number within bounds; the default when absent. */
export function checkInt(
  value: number | null | undefined,
  argument: string,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${argument} must be a whole number from ${min} to ${max}, got ${value}.`, { argument });
  }
  return value;
}

/** A number within bounds; the default when absent. */
export function checkNumber(
  value: number | null | undefined,
  argument: string,
  min: number,
  max: number,
  fallback: number | null,
): number | null {
  if (value === null || value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw badInput(`${argument} must be a number from ${min} to ${max}, got ${value}.`, { argument });
  }
  return value;
}

/** Entity type names from the model; null when none are given (no filter). */
export function checkEntityTypes(
  values: readonly string[] | null | undefined,
  argument = 'entityTypes',
): EntityTypeName[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !isEntityType(v));
  if (unknown.length) {
    throw badInput(
      `${argument}: unknown type ${clip(unknown.join(', '))}; known types are ${ENTITY_TYPE_NAMES.join(', ')}.`,
      { argument },
    );
  }
  return [...new Set(values)] as EntityTypeName[];
}

/** Link type names from the model (plus any `extra` names such as PAID); null when none are given. */
export function checkLinkTypes(
  values: readonly string[] | null | undefined,
  argument = 'linkTypes',
  extra: readonly string[] = [],
): string[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !isLinkType(v) && !extra.includes(v));
  if (unknown.length) {
    throw badInput(
      `${argument}: unknown link type ${clip(unknown.join(', '))}; known types are ${[...LINK_TYPE_NAMES, ...extra].join(', ')}.`,
      { argument },
    );
  }
  return [...new Set(values)] as (LinkTypeName | string)[];
}
