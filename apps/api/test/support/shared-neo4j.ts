/**
 * The Neo4j of an integration test run: the one the global setup started (provided to tests as
 * `neo4j`, or as `neo4jUri`, `neo4jUser`, `neo4jPassword`), or the server named by NEO4J_URI.
 */
import { inject } from 'vitest';

export interface Neo4jDetails {
  uri: string;
  user: string;
  password: string;
}

const provided = (key: string): string | undefined => {
  try {
    return (inject as unknown as (k: string) => string | undefined)(key);
  } catch {
    return undefined;
  }
};

/** Connection details of the shared test database. */
export function sharedNeo4j(): Neo4jDetails {
  let shared: Neo4jDetails | undefined;
  try {
    shared = (inject as unknown as (k: string) => Neo4jDetails | undefined)('neo4j');
  } catch {
    shared = undefined;
  }
  if (shared?.uri) return { uri: shared.uri, user: shared.user, password: shared.password };
  const uri = provided('neo4jUri') ?? process.env.NEO4J_URI;
  if (!uri)
    throw new Error(
      'no test database: run the integration project (its global setup starts one) or set NEO4J_URI',
    );
  return {
    uri,
    user: provided('neo4jUser') ?? process.env.NEO4J_USER ?? 'neo4j',
    password: provided('neo4jPassword') ?? process.env.NEO4J_PASSWORD ?? '',
  };
}
