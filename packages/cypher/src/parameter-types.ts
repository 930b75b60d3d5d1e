/**
 * The parameter types a library query may declare. They are few on purpose: each maps to one
 * Neo4j value the API knows how to build (integers as `neo4j.int`, dates as temporal values), and
 * each has a check that explains a bad value in words an analyst can act on.
 */

/** Types a query parameter can have. */
export const PARAMETER_TYPES = [
  'string',
  'id',
  'integer',
  'float',
  'boolean',
  'date',
  'datetime',
  'string[]',
  'id[]',
] as const;

/** A parameter type. */
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** A parameter value before it is handed to the database (dates stay ISO text). */
export type ParameterValue = string | number | boolean | readonly string[] | null;

/** True when `name` is a known parameter type. */
export const isParameterType = (name: string): name is ParameterType =>
  (PARAMETER_TYPES as readonly string[]).includes(name);

/** One declared parameter of a query. */
export interface QueryParameter {
  name: string;
  type: ParameterType;
  description: string;
  /** The value used when the caller gives none; undefined when the parameter is required. */
  default?: ParameterValue;
  /** True when the caller must give a value (no default declared). */
  required: boolean;
  /** Lower and upper bound: of the value for numbers, of the length for text and lists. */
  min?: number;
  max?: number;
}

/** Parameters the API supplies itself; a query uses them but never declares them. */
export const SYSTEM_PARAMETERS = ['visibleCaseIds'] as const;

/** Parameters every library query must use: case-level access is enforced inside each query. */
export const REQUIRED_SYSTEM_PARAMETERS: readonly string[] = ['visibleCaseIds'];
