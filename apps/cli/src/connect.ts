/**
 * Which Neo4j a command talks to: the server named by NEO4J_URI when set, otherwise the local
 * embedded instance, which must be running (`touchstone db start`, or `touchstone start`).
 */
import { localDbStatus } from '@touchstone/local-neo4j';
import { connectionFromEnv, createDriver, type Neo4jConnection } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { CliError } from './cli-error';

/** The connection to use, or a CliError saying how to get one. */
export async function resolveConnection(): Promise<Neo4jConnection> {
  const fromEnv = connectionFromEnv();
  if (fromEnv) return fromEnv;
  const status = await localDbStatus();
  if (!status.running || !status.uri || !status.password) {
    throw new CliError('the local Neo4j is not running: start it with `pnpm touchstone db start`, or set NEO4J_URI to use another server');
  }
  return { uri: status.uri, user: status.user, password: status.password };
}

/** Runs `work` with a driver to the resolved database, closing it afterwards. */
export async function withDriver<T>(work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = createDriver(await resolveConnection());
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
