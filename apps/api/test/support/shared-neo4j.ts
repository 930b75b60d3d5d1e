/**
 * The Neo4j of an integration test run: the one the global setup started (or named by
 * TOUCHSTONE_TEST_NEO4J_URI), as provided to test files through vitest's inject().
 */
import { injectNeo4j } from '@touchstone/test-support';

export interface Neo4jDetails {
  uri: string;
  user: string;
  password: string;
}

/** Connection details of the shared test database. */
export function sharedNeo4j(): Neo4jDetails {
  const { uri, user, password } = injectNeo4j();
  return { uri, user, password };
}
