/**
 * Starts the real API server for a test file: a driver to the shared test database (schema
 * migrations applied), the server on a free port with a test signing secret, and helpers to
 * make users of any role with a token. Names carry a random suffix, so files never collide.
 */
import { randomBytes } from 'node:crypto';
import { addUser, signToken, type Role } from '@touchstone/auth';
import { applyMigrations, createDriver, defaultSchemaDir } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { createApiServer, type ApiServer, type ApiServerOptions } from '../../src/server';
import { graphql, type GraphqlReply } from './graphql-client';
import { sharedNeo4j } from './shared-neo4j';

/** A started API with its database. */
export interface TestApi {
  api: ApiServer;
  driver: Driver;
  secret: string;
  /** A random suffix unique to this test file. */
  suffix: string;
  /** Creates a user with a unique name and returns the name and a token. */
  user(role: Role, label?: string): Promise<{ name: string; token: string }>;
  /** Posts an operation to the API. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphqlReply<T>>;
  close(): Promise<void>;
}

/** Starts the API for a test file. */
export async function startTestApi(options: Partial<ApiServerOptions> = {}): Promise<TestApi> {
  const db = sharedNeo4j();
  const driver = createDriver(
    { uri: db.uri, user: db.user, password: db.password },
    { connectionTimeoutMs: 3000, connectionAcquisitionTimeoutMs: 5000, maxTransactionRetryTimeMs: 2000 },
  );
  await applyMigrations(driver, defaultSchemaDir);
  const secret = randomBytes(32).toString('hex');
  const api = await createApiServer({ driver, port: 0, jwtSecret: secret, ...options });
  const suffix = randomBytes(4).toString('hex');
  return {
    api,
    driver,
    secret,
    suffix,
    async user(role, label = role) {
      const name = `${label}-${suffix}`.toLowerCase();
      await addUser(driver, name, role);
      return { name, token: (await signToken(secret, name, role)).token };
    },
    gql: (query, variables = {}, token) => graphql(api.url, query, variables, token),
    async close() {
      await api.stop();
      await driver.close();
    },
  };
}
