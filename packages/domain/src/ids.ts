/**
 * Stable ids: every entity and link has a string id whose prefix names its type (`per-…`,
 * `txn-…`). Ids from a source are kept; ids made here are a hash of a natural key, so the same
 * input always yields the same id and re-imports merge instead of duplicating.
 */
import { ENTITY_TYPES, type EntityTypeName } from './entity-types';

/** What an id must look like: a lower-case prefix, a dash, then up to 100 safe characters. */
export const ID_PATTERN = /^[a-z]{2,8}-[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

const typeByPrefix = new Map<string, EntityTypeName>(
  (Object.keys(ENTITY_TYPES) as EntityTypeName[]).map((t) => [ENTITY_TYPES[t].idPrefix, t]),
);

/** The entity type an id belongs to, from its prefix, or undefined. */
export function entityTypeOfId(id: string): EntityTypeName | undefined {
  const dash = id.indexOf('-');
  return dash > 0 ? typeByPrefix.get(id.slice(0, dash)) : undefined;
}

/** A 64-bit FNV-1a hash of the text, as 13 base-32 characters (no dependency, runs anywhere). */
export function hash64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(32).padStart(13, '0');
}

/** A stable id for an entity of `type` identified by the given natural-key parts. */
export function stableEntityId(type: EntityTypeName, ...naturalKey: readonly (string | number)[]): string {
  return `${ENTITY_TYPES[type].idPrefix}-${hash64(naturalKey.join('\u001f'))}`;
}

/** A stable id for a link: its type and endpoints, plus a discriminator when a pair has several. */
export function stableLinkId(type: string, from: string, to: string, discriminator: string | number = ''): string {
  return `lnk-${hash64([type, from, to, discriminator].join('\u001f'))}`;
}
