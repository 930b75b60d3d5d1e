import { writeFileSync } from 'node:fs';
import { ImportError, importFiles } from '@touchstone/importer';
import { createDriver, deleteEntitiesWhere } from '@touchstone/neo4j';
import { findFreePort } from '@touchstone/local-neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonlFolder, type JsonlFolder } from './support/jsonl-folder';
import { countOf, testDriver } from './support/test-driver';

// Small hand-checked fixtures; every id here contains "imptest" so the file can clean up after itself.
const provenance = { sourceId: 'doc-imptest', enteredBy: 'test', enteredAt: '2024-01-01T00:00:00Z', sourceReliability: 'B', infoReliability: '2' };
const entities = [
  { type: 'SourceDocument', id: 'doc-imptest', title: 'Registry extract', documentKind: 'REGISTRY_EXTRACT' },
  { type: 'Person', id: 'per-imptest-1', name: 'Ana Torres' },
  { type: 'Company', id: 'com-imptest-1', name: 'Oro Fino Imptest SAC', incorporationDate: '2021-13-01' },
  { type: 'Company', id: 'com-imptest-2', name: 'Andes Imptest Trading' },
];
const goodLinks = [
  { type: 'OWNS', id: 'lnk-imptest-1', from: 'per-imptest-1', to: 'com-imptest-2', share: 0.5, ...provenance },
  { type: 'DIRECTOR_OF', id: 'lnk-imptest-2', from: 'per-imptest-1', to: 'com-imptest-2', ...provenance },
];
const danglingLink = { type: 'OWNS', id: 'lnk-imptest-3', from: 'per-imptest-1', to: 'com-imptest-missing', share: 0.2, ...provenance };

let driver: Driver;
let files: JsonlFolder;
const jsonl = (name: string, records: object[]) => files.write(name, records);

const countTestNodes = () => countOf(driver, "MATCH (n:Entity) WHERE n.id CONTAINS 'imptest' RETURN count(n)");
const countTestLinks = () => countOf(driver, "MATCH ()-[r]->() WHERE r.id CONTAINS 'imptest' RETURN count(r)");

const removeTestData = () => deleteEntitiesWhere(driver, "n.id CONTAINS 'imptest'");

beforeAll(() => {
  driver = testDriver();
  files = jsonlFolder('touchstone-import-');
});
afterAll(async () => {
  await removeTestData();
  await driver.close();
  files.remove();
});

describe('importing files with broken records', () => {
  it('reports the broken record with file, line, field and reason, and writes the rest', async () => {
    await removeTestData();
    const entityFile = jsonl('entities.jsonl', entities);
    const linkFile = jsonl('links.jsonl', [...goodLinks, danglingLink]);
    writeFileSync(linkFile, '{"type": "OWNS", "id": \n', { flag: 'a' });
    const report = await importFiles(driver, { entities: [entityFile], links: [linkFile] });
    expect(report.issues).toEqual([
      { file: 'entities.jsonl', line: 3, recordId: 'com-imptest-1', field: 'incorporationDate', reason: 'must be a date YYYY-MM-DD, got "2021-13-01"' },
      expect.objectContaining({ file: 'links.jsonl', line: 4, field: '(line)' }),
      { file: 'links.jsonl', line: 3, recordId: 'lnk-imptest-3', field: 'to', reason: 'no entity with id "com-imptest-missing" exists' },
    ]);
    expect(report.entities).toEqual({ read: 4, written: 3, invalid: 1 });
    expect(report.links).toEqual({ read: 4, written: 2, invalid: 2 });
    expect(await countTestNodes()).toBe(3);
    expect(await countTestLinks()).toBe(2);
  });

  it('in strict mode writes nothing at all when any record is invalid', async () => {
    await removeTestData();
    const report = await importFiles(driver, { entities: [jsonl('e.jsonl', entities)], links: [jsonl('l.jsonl', goodLinks)] }, { strict: true });
    expect(report.stopped).toBe(true);
    expect(report.issues.map((i) => `${i.file}:${i.line} ${i.field}`)).toEqual(['e.jsonl:3 incorporationDate']);
    expect(await countTestNodes()).toBe(0);
  });

  it('rolls a whole batch back when one of its links fails in strict mode', async () => {
    await removeTestData();
    const valid = entities.map((e) => (e.id === 'com-imptest-1' ? { ...e, incorporationDate: '2021-01-13' } : e));
    const report = await importFiles(
      driver,
      { entities: [jsonl('e.jsonl', valid)], links: [jsonl('l.jsonl', [...goodLinks, danglingLink])] },
      { strict: true },
    );
    expect(report.stopped).toBe(true);
    expect(report.issues).toEqual([
      { file: 'l.jsonl', line: 3, recordId: 'lnk-imptest-3', field: 'to', reason: 'no entity with id "com-imptest-missing" exists' },
    ]);
    // The OWNS batch held the good OWNS link and the dangling one: neither was written.
    expect(await countOf(driver, "MATCH ()-[r:OWNS]->() WHERE r.id CONTAINS 'imptest' RETURN count(r)")).toBe(0);
    expect(await countTestNodes()).toBe(4);
  });

  it('is idempotent: importing the same files again changes nothing', async () => {
    await removeTestData();
    const files = { entities: [jsonl('e.jsonl', entities)], links: [jsonl('l.jsonl', goodLinks)] };
    await importFiles(driver, files);
    await importFiles(driver, files);
    expect(await countTestNodes()).toBe(3);
    expect(await countTestLinks()).toBe(2);
    const share = await countOf(driver, "MATCH (:Person {id: 'per-imptest-1'})-[r:OWNS]->() RETURN r.share");
    expect(share).toBe(0.5);
  });

  it('writes the same whether batches of each kind go one at a time or several at once', async () => {
    const files = { entities: [jsonl('e.jsonl', entities)], links: [jsonl('l.jsonl', goodLinks)] };
    for (const concurrency of [1, { entities: 3, links: 2 }, { entities: 1, links: 3 }]) {
      await removeTestData();
      const report = await importFiles(driver, files, { batchSize: 1, concurrency });
      expect(report.entities).toEqual({ read: 4, written: 3, invalid: 1 });
      expect(report.links).toEqual({ read: 2, written: 2, invalid: 0 });
      expect(await countTestNodes()).toBe(3);
      expect(await countTestLinks()).toBe(2);
    }
  });

  it('says which batch failed and that it wrote nothing when the database is unreachable', async () => {
    const port = await findFreePort();
    const nowhere = createDriver({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' }, { connectionTimeoutMs: 1000, maxTransactionRetryTimeMs: 1000 });
    try {
      const people = [entities[1]!, { type: 'Person', id: 'per-imptest-2', name: 'Luis Mamani' }];
      const attempt = importFiles(nowhere, { entities: [jsonl('e.jsonl', people)], links: [] });
      await expect(attempt).rejects.toBeInstanceOf(ImportError);
      await expect(attempt).rejects.toThrow(/lines 1–2 failed, that batch wrote nothing/);
    } finally {
      await nowhere.close();
    }
  });
});

describe('re-importing changed records', () => {
  const shipment = { type: 'Shipment', id: 'shp-imptest-1', commodity: 'GOLD', date: '2024-02-01' };
  const peru = { type: 'Country', id: 'ctry-imptest-PE', iso2: 'PE', name: 'Peru' };
  const via = { type: 'VIA', id: 'lnk-imptest-via', from: 'shp-imptest-1', to: 'ctry-imptest-PE', order: 2, ...provenance };
  const propertiesOf = async (cypher: string) => {
    const { records } = await driver.executeQuery(cypher, {}, { routing: 'READ' });
    return records[0]!.get(0) as Record<string, unknown>;
  };

  it('removes the properties a record no longer carries, on entities and on links', async () => {
    await removeTestData();
    const first = { entities: [jsonl('e.jsonl', [entities[0]!, { ...shipment, note: 'first', fineKg: 3 }, peru])], links: [jsonl('l.jsonl', [{ ...via, note: 'first' }])] };
    await importFiles(driver, first);
    const again = { entities: [jsonl('e.jsonl', [entities[0]!, shipment, peru])], links: [jsonl('l.jsonl', [via])] };
    const report = await importFiles(driver, again);
    expect(report.entities.written).toBe(3);
    expect(report.links.written).toBe(1);
    const node = await propertiesOf("MATCH (s:Shipment {id: 'shp-imptest-1'}) RETURN properties(s)");
    expect(Object.keys(node).sort()).toEqual(['commodity', 'date', 'id']);
    const link = await propertiesOf("MATCH ()-[r:VIA {id: 'lnk-imptest-via'}]->() RETURN properties(r)");
    expect(Object.keys(link)).not.toContain('note');
    expect(await countTestLinks()).toBe(1);
  });

  it('keeps one node per id when a file repeats a record, holding the later record as a whole', async () => {
    await removeTestData();
    const later = { ...shipment, fineKg: 7 };
    await importFiles(driver, { entities: [jsonl('e.jsonl', [{ ...shipment, note: 'earlier' }, later])], links: [] });
    expect(await countTestNodes()).toBe(1);
    const node = await propertiesOf("MATCH (s:Shipment {id: 'shp-imptest-1'}) RETURN properties(s)");
    expect(node.fineKg).toBe(7);
    expect(node.note).toBeUndefined();
  });

  it('stores integers, dates and date-times with the types and values Cypher gives the same text', async () => {
    await removeTestData();
    const at = '2024-03-01T14:00:00.123456789+05:30';
    await importFiles(driver, {
      entities: [jsonl('e.jsonl', [entities[0]!, shipment, peru])],
      links: [jsonl('l.jsonl', [{ ...via, enteredAt: at }])],
    });
    const typed = await countOf(
      driver,
      `MATCH (s:Shipment {id: 'shp-imptest-1'})-[r:VIA {id: 'lnk-imptest-via'}]->()
       WHERE r.order IS :: INTEGER AND r.order = 2 AND r.enteredAt = datetime($at) AND s.date = date('2024-02-01')
       RETURN count(r)`,
      { at },
    );
    expect(typed).toBe(1);
  });
});
