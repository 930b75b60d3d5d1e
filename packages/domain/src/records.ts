/**
 * Records: the interchange shape of entities and links, as read from import files and written by
 * the demo generator. Flat objects: `type`, `id` (and `from`/`to` for links), then properties.
 */
import type { EntityTypeName } from './entity-types';
import type { LinkTypeName } from './link-types';

/** An entity as a flat record. */
export interface EntityRecord {
  type: EntityTypeName;
  id: string;
  [property: string]: unknown;
}

/** A link as a flat record; fact links also carry the provenance properties. */
export interface LinkRecord {
  type: LinkTypeName;
  id: string;
  from: string;
  to: string;
  [property: string]: unknown;
}

/** Keys of a record that are not properties. */
export const ENTITY_KEYS = ['type', 'id'] as const;
export const LINK_KEYS = ['type', 'id', 'from', 'to'] as const;

/** One reason a record is invalid. */
export interface ValidationIssue {
  /** The property at fault (`type`, `id`, `from`, … for the record's own keys). */
  field: string;
  reason: string;
}

/** The outcome of validating a record. */
export type Validation<T> = { ok: true; record: T } | { ok: false; issues: ValidationIssue[] };
