// Errors of this package carry a message fit for a terminal or a log line, prefixed with the
// package name, and keep the driver's error as `cause` for the details.

/** Neo4j could not be reached, refused the credentials, or a migration failed. */
export class Neo4jAccessError extends Error {
  override readonly name = 'Neo4jAccessError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`neo4j: ${message}`, options);
  }
}
