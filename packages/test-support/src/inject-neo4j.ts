// What a test file calls to learn where the shared test Neo4j is.
import { inject } from 'vitest';
import type { Neo4jTestConnection } from './provided-context';

export function injectNeo4j(): Neo4jTestConnection {
  const connection = inject('neo4j');
  if (!connection) {
    throw new Error(
      'test-support: no Neo4j was provided; add setupNeo4jForTests to the vitest globalSetup of this project',
    );
  }
  return connection;
}
