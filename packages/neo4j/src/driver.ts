// One driver per process, configured for an interactive workbench: bounded pool and waits, so a
// down database fails requests in seconds instead of hanging them, and managed transactions
// retried briefly on transient errors (leader switches, deadlocks).
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from './connection';
import { Neo4jAccessError } from './errors';

export interface DriverOptions {
  maxConnectionPoolSize?: number;
  connectionTimeoutMs?: number;
  connectionAcquisitionTimeoutMs?: number;
  maxTransactionRetryTimeMs?: number;
}

export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  try {
    return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      connectionTimeout: options.connectionTimeoutMs ?? 15_000,
      connectionAcquisitionTimeout: options.connectionAcquisitionTimeoutMs ?? 30_000,
      maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 15_000,
      userAgent: 'touchstone',
    });
  } catch (error) {
    // A malformed URI or unsupported scheme throws here, before any network I/O.
    throw new Neo4jAccessError(`cannot use Neo4j URI ${connection.uri}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Fails with "cannot reach Neo4j at <uri>: <reason>" unless the server answers and accepts the login. */
export async function verifyConnection(driver: Driver, connection: Neo4jConnection): Promise<void> {
  let accepted: boolean;
  try {
    accepted = await driver.verifyAuthentication({ database: connection.database });
    if (accepted)
      await driver.executeQuery(
        'RETURN 1',
        {},
        { database: connection.database, routing: neo4j.routing.READ },
      );
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason = code.startsWith('Neo.ClientError.Security')
      ? `authentication failed for user "${connection.user}" (${code})`
      : (error as Error).message.split('\n')[0];
    throw new Neo4jAccessError(`cannot reach Neo4j at ${connection.uri}: ${reason}`, { cause: error });
  }
  if (!accepted) {
    throw new Neo4jAccessError(
      `cannot reach Neo4j at ${connection.uri}: authentication failed for user "${connection.user}"`,
    );
  }
}
