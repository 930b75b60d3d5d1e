/**
 * @touchstone/cypher — the canned-query library of `cypher/<area>/<name>.cypher`, loaded, typed
 * and validated. Text only: it never talks to a database; the API runs what it returns.
 */

/** Load the library (the repository's `cypher/` by default); faulty files make it throw. */
export {
  loadLibrary,
  defaultLibrary,
  DEFAULT_LIBRARY_DIR,
  CypherLibraryError,
  type CypherLibrary,
} from './load-library';
/** Parse one query file: header, parameters, body checks. */
export { parseQueryFile, type CannedQuery } from './parse-query-file';
/** Parameter types, declarations and the parameters the API supplies itself. */
export {
  PARAMETER_TYPES,
  SYSTEM_PARAMETERS,
  isParameterType,
  type ParameterType,
  type ParameterValue,
  type QueryParameter,
} from './parameter-types';
/** Check a caller's values against a query's parameters, filling in defaults. */
export { resolveParameters, type ParameterIssue, type ResolvedParameters } from './resolve-parameters';
/** Check one value against one declared parameter. */
export { checkParameterValue } from './check-value';
/** Lexical scans: the parameters a query uses and the write clauses it holds. */
export { usedParameters, writeClauses } from './scan-cypher';
