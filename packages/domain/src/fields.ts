/**
 * Field descriptors: one small vocabulary that describes every property of every entity and
 * link. Validation, the importer's Cypher conversions and the API's schema are all driven by it,
 * so a property is declared once.
 */

/** The kinds of value a property can hold, as stored in Neo4j. */
export type FieldKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'point'
  | 'strings'
  | 'numbers'
  | 'enum'
  | 'enums';

/** Describes one property. */
export interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: boolean;
  /** Allowed values for `enum` and `enums`. */
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  /** Maximum length of a string (or of each string in a list). */
  readonly maxLength?: number;
  /** A pattern a string (or each string in a list) must match. */
  readonly pattern?: RegExp;
  readonly description?: string;
}

/** A record of field specs, keyed by property name. */
export type FieldSet = Readonly<Record<string, FieldSpec>>;

/** A geographic point in WGS-84 degrees. */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export const text = (description?: string, maxLength = 2000): FieldSpec => ({ kind: 'string', maxLength, description });
export const requiredText = (description?: string, maxLength = 2000): FieldSpec => ({
  kind: 'string',
  required: true,
  maxLength,
  description,
});
export const texts = (description?: string): FieldSpec => ({ kind: 'strings', maxLength: 500, description });
export const date = (description?: string): FieldSpec => ({ kind: 'date', description });
export const datetime = (description?: string): FieldSpec => ({ kind: 'datetime', description });
export const flag = (description?: string): FieldSpec => ({ kind: 'boolean', description });
export const point = (description?: string): FieldSpec => ({ kind: 'point', description });
export const amount = (description?: string, max = 1e13): FieldSpec => ({ kind: 'number', min: 0, max, description });
export const share = (description?: string): FieldSpec => ({ kind: 'number', min: 0, max: 1, description });
export const oneOf = (values: readonly string[], description?: string, required = false): FieldSpec => ({
  kind: 'enum',
  values,
  required,
  description,
});
export const someOf = (values: readonly string[], description?: string): FieldSpec => ({
  kind: 'enums',
  values,
  description,
});
/** ISO 3166-1 alpha-2 country code. */
export const countryCode = (description = 'ISO 3166-1 alpha-2 country code', required = false): FieldSpec => ({
  kind: 'string',
  pattern: /^[A-Z]{2}$/,
  required,
  description,
});
/** A list of ISO 3166-1 alpha-2 country codes. */
export const countryCodes = (description = 'ISO 3166-1 alpha-2 country codes'): FieldSpec => ({
  kind: 'strings',
  pattern: /^[A-Z]{2}$/,
  description,
});
