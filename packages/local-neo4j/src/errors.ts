// The one error type of this package: its message is meant for the person at the terminal
// (what went wrong and what to do), so callers can print `error.message` as is.

/** A failure to prepare, start or stop the local Neo4j, with a user-facing message. */
export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(`local-neo4j: ${message}`, options);
  }
}
