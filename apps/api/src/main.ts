/**
 * Entry point of the API server (`pnpm --filter @touchstone/api start`, or the CLI's `start`).
 * Connects to the Neo4j named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD and serves; it applies
 * no migrations and loads no data — `touchstone start` does that before starting it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { connectionFromEnv, createDriver } from '@touchstone/neo4j';
import { createApiServer } from './server';
import { warmQueryPlans } from './services/graph/warm-query-plans';

// The built web app when there is one, otherwise a landing page that points at the API.
const webBuild = join(import.meta.dirname, '..', '..', 'web', 'dist');
const staticDir = existsSync(join(webBuild, 'index.html')) ? webBuild : join(import.meta.dirname, '..', 'public');

const connection = connectionFromEnv();
if (!connection) {
  console.error(
    'api: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, or run `pnpm start`, which starts the local database and the API.',
  );
  process.exit(1);
}

// Short waits: with the database down, requests fail with UNAVAILABLE in seconds, and the driver
// reconnects by itself when it is back.
const driver = createDriver(connection, {
  connectionTimeoutMs: 3000,
  connectionAcquisitionTimeoutMs: 5000,
  maxTransactionRetryTimeMs: 3000,
});
const port = process.env.PORT ? Number(process.env.PORT) : 4000;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`api: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}

try {
  const server = await createApiServer({ driver, port, host: process.env.HOST || '127.0.0.1', staticDir });
  console.log(`Touchstone API at ${server.url} (health: ${server.origin}/health)`);
  // In the background: the API answers meanwhile, and a query not yet planned is planned when run.
  void warmQueryPlans(driver).then(({ planned, failed, ms }) =>
    console.log(
      `api: planned ${planned} canned queries in ${(ms / 1000).toFixed(1)} s` +
        (failed.length > 0 ? `; could not plan ${failed.join(', ')}` : ''),
    ),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`api: ${signal}, stopping`);
    // Open keep-alive connections must not hold the process: give requests 10 s, then exit.
    setTimeout(() => process.exit(0), 10_000).unref();
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (e) {
  console.error(`api: cannot start: ${e instanceof Error ? e.message : String(e)}`);
  await driver.close();
  process.exit(1);
}
