/**
 * Global setup of the integration tests: one real Neo4j for the run — a throwaway instance in a
 * temp folder on a free port, or the server named by TOUCHSTONE_TEST_NEO4J_URI (never NEO4J_URI,
 * so a user's own database is not filled with test data) — with the schema applied and the demo
 * investigation (seed 42, scale 1) generated and imported once. Test files read the connection
 * and the demo's folder with vitest's inject().
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDataset } from '@touchstone/importer';
import { applyMigrations, clearDatabase, createDriver, defaultSchemaDir } from '@touchstone/neo4j';
import { writeDataset } from '@touchstone/seed';
import { startThrowawayNeo4j, type Neo4jTestConnection } from '@touchstone/test-support';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string;
    demoDir: string;
  }
}

async function database(): Promise<{ connection: Neo4jTestConnection; stop: () => Promise<void> }> {
  const uri = process.env.TOUCHSTONE_TEST_NEO4J_URI?.trim();
  if (uri) {
    const connection = { uri, user: process.env.TOUCHSTONE_TEST_NEO4J_USER ?? 'neo4j', password: process.env.TOUCHSTONE_TEST_NEO4J_PASSWORD ?? '', external: true };
    return { connection, stop: async () => undefined };
  }
  const neo4j = await startThrowawayNeo4j();
  await neo4j.driver.close();
  return { connection: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, external: false }, stop: () => neo4j.stop() };
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { connection, stop } = await database();
  const demoDir = mkdtempSync(join(tmpdir(), 'touchstone-demo-'));
  const driver = createDriver(connection);
  try {
    if (connection.external) await clearDatabase(driver);
    await applyMigrations(driver, defaultSchemaDir);
    await writeDataset(demoDir, { seed: 42, scale: 1 });
    const report = await importDataset(driver, demoDir);
    if (report.issueCount > 0) throw new Error(`the demo did not import cleanly: ${JSON.stringify(report.issues.slice(0, 3))}`);
  } catch (e) {
    await driver.close();
    await stop();
    throw e;
  }
  await driver.close();
  project.provide('neo4j', connection);
  project.provide('neo4jUri', connection.uri);
  project.provide('neo4jUser', connection.user);
  project.provide('neo4jPassword', connection.password);
  project.provide('demoDir', demoDir);
  return async () => {
    await stop();
    rmSync(demoDir, { recursive: true, force: true });
  };
}
