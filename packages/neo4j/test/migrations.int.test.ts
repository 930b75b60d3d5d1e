// Migrations and clearDatabase change schema and delete everything, so they run on a throwaway
// Neo4j of their own rather than the one the other test files share.
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '@touchstone/test-support';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, clearDatabase, readQuery, writeQuery } from '../src/index';

const fixtures = fileURLToPath(new URL('./fixtures/schema', import.meta.url));
let db: ThrowawayNeo4j;
let schemaDir: string;

beforeAll(async () => {
  db = await startThrowawayNeo4j();
  schemaDir = mkdtempSync(join(tmpdir(), 'touchstone-schema-'));
  cpSync(fixtures, schemaDir, { recursive: true });
});
afterAll(async () => {
  rmSync(schemaDir, { recursive: true, force: true });
  await db?.stop();
});

const fixtureIndexes = async () =>
  readQuery<{ name: string; state: string }>(
    db.driver,
    "SHOW INDEXES YIELD name, state WHERE name STARTS WITH 'fixture_' RETURN name, state ORDER BY name",
  );

describe('applyMigrations', () => {
  it('applies every statement in file order, records the files and leaves indexes ONLINE', async () => {
    const summary = await applyMigrations(db.driver, schemaDir);
    expect(summary).toEqual({
      applied: ['001-widgets.cypher', '002-widget-search.cypher'],
      reapplied: [],
      unchanged: [],
      statements: 3,
    });
    expect(await fixtureIndexes()).toEqual([
      { name: 'fixture_widget_id', state: 'ONLINE' },
      { name: 'fixture_widget_search', state: 'ONLINE' },
      { name: 'fixture_widget_weight', state: 'ONLINE' },
    ]);
    const recorded = await readQuery(
      db.driver,
      'MATCH (m:Migration) RETURN m.name AS name, m.appliedAt IS NOT NULL AS stamped ORDER BY name',
    );
    expect(recorded).toEqual([
      { name: '001-widgets.cypher', stamped: true },
      { name: '002-widget-search.cypher', stamped: true },
    ]);
    await expect(
      writeQuery(db.driver, "CREATE (:FixtureWidget {id: 'w1'}), (:FixtureWidget {id: 'w1'})"),
    ).rejects.toThrow(/already exists/);
  });

  it('skips unchanged files on a rerun and reruns a changed one', async () => {
    expect(await applyMigrations(db.driver, schemaDir)).toEqual({
      applied: [],
      reapplied: [],
      unchanged: ['001-widgets.cypher', '002-widget-search.cypher'],
      statements: 0,
    });
    writeFileSync(
      join(schemaDir, '002-widget-search.cypher'),
      'CREATE FULLTEXT INDEX fixture_widget_search IF NOT EXISTS\nFOR (w:FixtureWidget) ON EACH [w.name, w.alias];\n',
    );
    const summary = await applyMigrations(db.driver, schemaDir);
    expect(summary).toMatchObject({
      reapplied: ['002-widget-search.cypher'],
      unchanged: ['001-widgets.cypher'],
      statements: 1,
    });
    expect(await readQuery(db.driver, 'MATCH (m:Migration) RETURN count(m) AS n')).toEqual([{ n: 2 }]);
  });

  it('reports the file and statement of a broken migration', async () => {
    writeFileSync(
      join(schemaDir, '003-broken.cypher'),
      'CREATE RANGE INDEX fixture_ok IF NOT EXISTS FOR (w:FixtureWidget) ON (w.ok);\nCREATE NONSENSE;\n',
    );
    await expect(applyMigrations(db.driver, schemaDir)).rejects.toThrow(
      /^neo4j: migration 003-broken\.cypher, statement 2, failed: /,
    );
    rmSync(join(schemaDir, '003-broken.cypher'));
  });
});

describe('clearDatabase', () => {
  it('deletes every node and relationship in batches and keeps the schema', async () => {
    await writeQuery(
      db.driver,
      'UNWIND range(1, 25) AS i CREATE (:Scratch {i: i})-[:NEXT]->(:Scratch {i: -i})',
    );
    await clearDatabase(db.driver, { batchSize: 10 });
    expect(await readQuery(db.driver, 'MATCH (n) RETURN count(n) AS nodes')).toEqual([{ nodes: 0 }]);
    expect((await fixtureIndexes()).length).toBeGreaterThanOrEqual(3);
  });
});
