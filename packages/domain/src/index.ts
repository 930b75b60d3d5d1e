/**
 * @touchstone/domain — the things and links of a precious-metals investigation, their stable
 * ids, provenance and validation. Pure TypeScript with no runtime dependencies: used by the
 * importer, the demo generator, the API and the browser alike.
 */
export * from './enums';
export type { FieldKind, FieldSpec, FieldSet, GeoPoint } from './fields';
export {
  ENTITY_TYPES,
  ENTITY_TYPE_NAMES,
  COMMON_ENTITY_FIELDS,
  isEntityType,
  labelsOf,
  type EntityTypeName,
  type EntityTypeSpec,
} from './entity-types';
export { LINK_TYPES, LINK_TYPE_NAMES, isLinkType, type LinkTypeName, type LinkTypeSpec } from './link-types';
export { PROVENANCE_FIELDS, PROVENANCE_KEYS, gradeOf, type Provenance } from './provenance';
export { ID_PATTERN, entityTypeOfId, hash64, stableEntityId, stableLinkId } from './ids';
export {
  ENTITY_KEYS,
  LINK_KEYS,
  type EntityRecord,
  type LinkRecord,
  type ValidationIssue,
  type Validation,
} from './records';
export { isIsoDate, isIsoDateTime, checkValue } from './validate-value';
export { validateEntity, validateLink, validateRecord } from './validate';
export { PATTERNS, PATTERN_CODES, type PatternCode } from './patterns';
export { entityFieldSet, linkFieldSet } from './field-sets';
