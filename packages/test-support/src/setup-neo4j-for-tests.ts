// A vitest globalSetup: one Neo4j for the whole test run, shared by every test file through
// provide/inject. With TOUCHSTONE_TEST_NEO4J_URI set it uses that server as is and starts nothing.
// It never reads NEO4J_URI, so tests cannot fill a user's own database with test data.
import type { TestProject } from 'vitest/node';
import './provided-context';
import { startThrowawayNeo4j } from './throwaway-neo4j';

export async function setupNeo4jForTests(project: TestProject): Promise<() => Promise<void>> {
  const uri = process.env.TOUCHSTONE_TEST_NEO4J_URI?.trim();
  if (uri) {
    project.provide('neo4j', {
      uri,
      user: process.env.TOUCHSTONE_TEST_NEO4J_USER?.trim() || 'neo4j',
      password: process.env.TOUCHSTONE_TEST_NEO4J_PASSWORD ?? '',
      database: process.env.TOUCHSTONE_TEST_NEO4J_DATABASE?.trim() || undefined,
      external: true,
    });
    return async () => undefined;
  }
  const neo4j = await startThrowawayNeo4j();
  // Test files connect with their own drivers; this one only proved the instance works.
  await neo4j.driver.close();
  project.provide('neo4j', { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, external: false });
  return () => neo4j.stop();
}
