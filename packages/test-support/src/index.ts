/**
 * @touchstone/test-support — a real Neo4j for integration tests: a throwaway instance per test
 * run (or the server named by TOUCHSTONE_TEST_NEO4J_URI), shared with test files through
 * vitest's provide/inject.
 */
import './provided-context';

/** Where the shared test database is, as provided to test files (`inject('neo4j')`). */
export type { Neo4jTestConnection } from './provided-context';

/** Starts Neo4j in a temp folder on a free port with a driver; `stop()` also deletes the folder. */
export { startThrowawayNeo4j, type ThrowawayNeo4j, type ThrowawayNeo4jOptions } from './throwaway-neo4j';

/**
 * A vitest globalSetup function: starts one throwaway Neo4j for the run (or uses
 * TOUCHSTONE_TEST_NEO4J_URI, never NEO4J_URI) and provides its connection to tests; the
 * returned teardown stops it.
 */
export { setupNeo4jForTests } from './setup-neo4j-for-tests';

/** The shared test database's connection, inside a test file; throws if no setup provided one. */
export { injectNeo4j } from './inject-neo4j';
