// A Neo4j that exists only for one test run: its own temp folder, a free port, a random password.
// stop() shuts it down and deletes the folder, so nothing is left behind.
import { startLocalNeo4j, type LocalNeo4jHandle } from '@touchstone/local-neo4j';
import neo4j, { type Driver } from 'neo4j-driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayNeo4jOptions {
  /** Defaults to TOUCHSTONE_NEO4J_VERSION, else the version pinned by the launcher's pom. */
  neo4jVersion?: string;
  javaHome?: string;
  heapMb?: number;
  pageCacheMb?: number;
}

export interface ThrowawayNeo4j {
  uri: string;
  user: string;
  password: string;
  driver: Driver;
  handle: LocalNeo4jHandle;
  stop(): Promise<void>;
}

export async function startThrowawayNeo4j(options: ThrowawayNeo4jOptions = {}): Promise<ThrowawayNeo4j> {
  const dir = mkdtempSync(join(tmpdir(), 'touchstone-test-neo4j-'));
  let handle: LocalNeo4jHandle;
  try {
    handle = await startLocalNeo4j({
      dataDir: join(dir, 'data'),
      neo4jVersion: options.neo4jVersion ?? (process.env.TOUCHSTONE_NEO4J_VERSION || undefined),
      javaHome: options.javaHome,
      heapMb: options.heapMb ?? 512,
      pageCacheMb: options.pageCacheMb ?? 128,
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const driver = neo4j.driver(handle.uri, neo4j.auth.basic(handle.user, handle.password));
  return {
    uri: handle.uri,
    user: handle.user,
    password: handle.password,
    driver,
    handle,
    async stop() {
      await driver.close();
      await handle.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
