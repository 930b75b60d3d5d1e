import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, PROVENANCE_KEYS, type EntityTypeName } from '@touchstone/domain';
import { importDataset } from '@touchstone/importer';
import type { DatasetManifest, GroundTruth } from '@touchstone/seed';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countOf, graphCounts, testDriver } from './support/test-driver';

let driver: Driver;
const demoDir = inject('demoDir');
const manifest = JSON.parse(readFileSync(join(demoDir, 'manifest.json'), 'utf8')) as DatasetManifest;
const truth = JSON.parse(readFileSync(join(demoDir, 'ground-truth.json'), 'utf8')) as GroundTruth;

beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

describe('the demo investigation in Neo4j', () => {
  it('holds exactly the entities and links the generator wrote, by type', async () => {
    for (const [type, expected] of Object.entries(manifest.counts.entities)) {
      const label = ENTITY_TYPES[type as EntityTypeName].labels.at(-1)!;
      // Officials are also Persons and refineries also Companies: count by the most specific label.
      const exact = await countOf(driver, `MATCH (n:Entity:${label}) WHERE n.id STARTS WITH $prefix RETURN count(n)`, {
        prefix: `${ENTITY_TYPES[type as EntityTypeName].idPrefix}-`,
      });
      expect(exact, type).toBe(expected);
    }
    for (const [type, expected] of Object.entries(manifest.counts.links)) {
      expect(await countOf(driver, `MATCH (:Entity)-[r:${type}]->(:Entity) RETURN count(r)`), type).toBe(expected);
    }
    expect(await graphCounts(driver)).toEqual({ nodes: manifest.totals.entities, links: manifest.totals.links });
  });

  it('has every entity of every planted instance and look-alike of the ground truth', async () => {
    const ids = [...new Set([...truth.instances, ...truth.lookAlikes].flatMap((i) => i.entities))];
    expect(ids.length).toBeGreaterThan(100);
    expect(await countOf(driver, 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN count(n)', { ids })).toBe(ids.length);
  });

  it('carries provenance on every fact link, pointing at a real source document', async () => {
    const missing = await countOf(
      driver,
      `MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'SUPPORTED_BY'
         AND any(key IN $keys WHERE r[key] IS NULL) RETURN count(r)`,
      { keys: PROVENANCE_KEYS },
    );
    expect(missing).toBe(0);
    const dangling = await countOf(
      driver,
      `MATCH (:Entity)-[r]->(:Entity) WHERE r.sourceId IS NOT NULL
         AND NOT EXISTS { MATCH (d:Entity {id: r.sourceId}) WHERE d:SourceDocument } RETURN count(r)`,
    );
    expect(dangling).toBe(0);
    const graded = await countOf(driver, `MATCH ()-[r:OWNS]->() WHERE r.sourceReliability IN ['A','B','C','D','E','F'] RETURN count(r)`);
    expect(graded).toBe(manifest.counts.links.OWNS);
  });

  it('stores dates, date-times and points as Neo4j types, not text', async () => {
    expect(await countOf(driver, 'MATCH (t:Transaction) WHERE t.timestamp IS :: ZONED DATETIME RETURN count(t)')).toBe(manifest.counts.entities.Transaction);
    expect(await countOf(driver, 'MATCH (s:Shipment) WHERE s.date IS :: DATE RETURN count(s)')).toBe(manifest.counts.entities.Shipment);
    expect(await countOf(driver, 'MATCH (m:Mine) WHERE m.location IS :: POINT RETURN count(m)')).toBeGreaterThan(0);
  });

  it('yields identical node and relationship counts when imported a second time', async () => {
    const before = await graphCounts(driver);
    const report = await importDataset(driver, demoDir);
    expect(report.issueCount).toBe(0);
    expect(report.entities.written).toBe(manifest.totals.entities);
    expect(await graphCounts(driver)).toEqual(before);
  });
});
