/**
 * `GET /health`: whether the API can reach Neo4j right now, answered within a couple of seconds
 * whatever the database does — 200 `{status: 'ok'}` or 503 `{status: 'degraded', neo4j: 'down'}` —
 * for load balancers, the CLI's start-up wait and people.
 */
import type { RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';

/** Longest time a health check waits for the database. */
export const HEALTH_TIMEOUT_MS = 2000;

/** True when the database answers within `timeoutMs`. */
export async function databaseIsUp(driver: Driver, timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const check = driver.getServerInfo().then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The handler of `GET /health`. */
export function healthHandler(driver: Driver, startedAt = Date.now()): RequestHandler {
  return async (_req, res) => {
    const up = await databaseIsUp(driver);
    res
      .status(up ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: up ? 'ok' : 'degraded',
        neo4j: up ? 'up' : 'down',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
        checkedAt: new Date().toISOString(),
      });
  };
}
