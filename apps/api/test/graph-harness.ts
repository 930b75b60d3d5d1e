/**
 * Loads the graph operations' hand-made fixture through the importer — validated like any data,
 * strict, so a fixture that drifts from the domain model fails loudly — and removes it afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '@touchstone/importer';
import { deleteEntitiesWhere } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { graphFixture } from './graph-fixture';

/** Imports the fixture (restricted records in `caseId`); throws when any record is refused. */
export async function loadGraphFixture(driver: Driver, caseId?: string): Promise<string[]> {
  const { entities, links } = graphFixture(caseId);
  const dir = mkdtempSync(join(tmpdir(), 'graph-fixture-'));
  try {
    const files = { entities: join(dir, 'entities.jsonl'), links: join(dir, 'links.jsonl') };
    writeFileSync(files.entities, entities.map((e) => JSON.stringify(e)).join('\n'));
    writeFileSync(files.links, links.map((l) => JSON.stringify(l)).join('\n'));
    const report = await importFiles(
      driver,
      { entities: [files.entities], links: [files.links] },
      { strict: true },
    );
    if (report.issueCount > 0)
      throw new Error(`the fixture does not import: ${JSON.stringify(report.issues.slice(0, 5))}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return entities.map((e) => e.id);
}

/** Removes the fixture's entities, their links and their money flows. */
export async function removeGraphFixture(driver: Driver, ids: readonly string[]): Promise<void> {
  await deleteEntitiesWhere(driver, 'n.id IN $ids', { ids: [...ids] });
}
