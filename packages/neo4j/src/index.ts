/**
 * @touchstone/neo4j — how Touchstone talks to Neo4j: where the server is, one configured driver,
 * reads and writes as managed transactions returning plain objects, and the schema migrations.
 */

/** Connection details: an external server from NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE. */
export type { Neo4jConnection } from './connection';

/** The external server named by NEO4J_URI, or null when unset (then use the local instance). */
export { connectionFromEnv } from './connection';

/** The database named by NEO4J_DATABASE, or undefined for the server's default. */
export { defaultDatabase } from './connection';

/** A driver with bounded pool, connect and retry times; URIs may be bolt://, neo4j:// or neo4j+s://. */
export { createDriver, type DriverOptions } from './driver';

/** Fails with "cannot reach Neo4j at <uri>: <reason>" unless the server answers and accepts the login. */
export { verifyConnection } from './driver';

/** Error with a user-facing message ("neo4j: …"); the driver's error is its `cause`. */
export { Neo4jAccessError } from './errors';

/** Runs a read query in a managed read transaction and returns plain records. */
export { readQuery, type QueryOptions, type PlainRecord } from './query';

/** Runs a write query in a managed write transaction and returns plain records. */
export { writeQuery } from './query';

/**
 * Converts a driver value to plain JavaScript: safe integers to numbers (larger ones to strings),
 * temporals to ISO strings, points to {latitude, longitude}, nodes to {id, labels, properties}.
 */
export { toPlain, type PlainNode, type PlainRelationship, type PlainPoint } from './to-plain';

/** An exact integer for the driver (a JS number would be sent as a float). */
export { toNeo4jInt } from './to-plain';

/** Temporal values for the driver: a Date or a UTC DateTime for epoch milliseconds. */
export { toNeo4jDate, toNeo4jDateTime } from './to-plain';

/** Applies `*.cypher` schema files in name order, records them as :Migration nodes, waits for indexes. */
export {
  applyMigrations,
  defaultSchemaDir,
  type ApplyMigrationsOptions,
  type MigrationSummary,
} from './migrations';

/** Splits a migration file into statements (`;` at line end, `//` comment lines dropped). */
export { splitStatements } from './migration-files';

/**
 * Money flows, the per-account-pair summaries of transfers the money queries read: writers mark
 * what they touched in their own transaction, a refresh rebuilds the flows of marked accounts.
 */
export {
  MONEY_FLOW_SOURCES,
  markMoneyFlowsStale,
  refreshMoneyFlows,
  type MoneyFlowChanges,
  type RefreshMoneyFlowsOptions,
} from './money-flows';

/** Deletes chosen entities with their links and their accounts' money flows (for tests and fixtures). */
export { deleteEntitiesWhere } from './delete-entities';

/** Deletes all nodes and relationships in batches (for tests; an auto-commit query by necessity). */
export { clearDatabase, type ClearDatabaseOptions } from './clear-database';
