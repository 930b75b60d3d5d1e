// The connection the global setup hands to test files through vitest's provide/inject; declaring
// it on vitest's ProvidedContext makes `inject('neo4j')` typed everywhere.

export interface Neo4jTestConnection {
  uri: string;
  user: string;
  password: string;
  /** Undefined means the server's default database. */
  database?: string;
  /** True when the tests run against a server named by TOUCHSTONE_TEST_NEO4J_URI, not a throwaway one. */
  external: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestConnection;
  }
}
