// Waits until a launched Neo4j really serves queries: first the launcher's ready line, then a
// Bolt round trip with the password. On failure the error carries the tail of the launcher log.
import neo4j from 'neo4j-driver';
import { join } from 'node:path';
import { LocalNeo4jError } from './errors';
import { readFrom, tailFile } from './log-tail';
import { isProcessAlive } from './processes';

export const READY_MARKER = 'TOUCHSTONE_NEO4J_READY';
const FAILED_MARKER = 'TOUCHSTONE_NEO4J_FAILED';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface ReadinessCheck {
  pid: number;
  logFile: string;
  logOffset: number;
  dataDir: string;
  uri: string;
  password: string;
  timeoutMs: number;
}

function failure(check: ReadinessCheck, reason: string): LocalNeo4jError {
  const debugLog = join(check.dataDir, 'logs', 'debug.log');
  return new LocalNeo4jError(
    `Neo4j did not start: ${reason}\n--- last lines of ${check.logFile} ---\n${tailFile(check.logFile, 30)}\n` +
      `--- (Neo4j's own log: ${debugLog}) ---`,
  );
}

async function waitForReadyLine(check: ReadinessCheck, deadline: number): Promise<void> {
  for (;;) {
    const output = readFrom(check.logFile, check.logOffset);
    const failed = output.split('\n').find((line) => line.startsWith(FAILED_MARKER));
    if (failed) throw failure(check, failed.slice(FAILED_MARKER.length).trim());
    if (output.includes(READY_MARKER)) return;
    if (!isProcessAlive(check.pid)) throw failure(check, `the Java process (pid ${check.pid}) exited`);
    if (Date.now() > deadline) throw failure(check, `no ready line within ${check.timeoutMs / 1000} s`);
    await sleep(100);
  }
}

async function roundTrip(check: ReadinessCheck, deadline: number): Promise<void> {
  const driver = neo4j.driver(check.uri, neo4j.auth.basic('neo4j', check.password), {
    connectionTimeout: 5_000,
  });
  try {
    for (;;) {
      try {
        await driver.executeQuery('RETURN 1 AS ok');
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.startsWith('Neo.ClientError.Security')) {
          throw failure(
            check,
            `the password was refused (${code}); the store in ${check.dataDir} has another one`,
          );
        }
        if (Date.now() > deadline) throw failure(check, `no Bolt round trip: ${(error as Error).message}`);
        await sleep(200);
      }
    }
  } finally {
    await driver.close();
  }
}

export async function waitUntilReady(check: ReadinessCheck): Promise<void> {
  const deadline = Date.now() + check.timeoutMs;
  await waitForReadyLine(check, deadline);
  await roundTrip(check, deadline);
}
