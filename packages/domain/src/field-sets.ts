/**
 * The full set of properties a record of a type may carry: its own fields plus the common ones,
 * and for fact links the provenance. Validation, the importer's write statements and the CSV
 * export of the ingest benchmark all read it from here.
 */
import { COMMON_ENTITY_FIELDS, ENTITY_TYPES, type EntityTypeName } from './entity-types';
import type { FieldSet } from './fields';
import { LINK_TYPES, type LinkTypeName, type LinkTypeSpec } from './link-types';
import { PROVENANCE_FIELDS } from './provenance';

/** Every property an entity of this type may carry. */
export function entityFieldSet(type: EntityTypeName): FieldSet {
  return { ...ENTITY_TYPES[type].fields, ...COMMON_ENTITY_FIELDS };
}

/** Every property a link of this type may carry; fact links add their provenance. */
export function linkFieldSet(type: LinkTypeName): FieldSet {
  const spec: LinkTypeSpec = LINK_TYPES[type];
  return spec.fact ? { ...spec.fields, ...PROVENANCE_FIELDS, ...COMMON_ENTITY_FIELDS } : { ...spec.fields, ...COMMON_ENTITY_FIELDS };
}
