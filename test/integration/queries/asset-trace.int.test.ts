/**
 * Asset tracing on a small hand-checked ownership graph, entered inside a case so that nothing
 * outside the case can see it (and removed afterwards). The shares are worked out by hand:
 *
 *   P ─0.6→ A ─0.5→ B ─1.0→ C ─0.1→ A        P ─0.2→ B
 *
 *   A: 0.6 (P→A) + 0.2 × 1.0 × 0.1 (P→B→C→A) = 0.62; P→A→B→C→A repeats A and does not count
 *   B: 0.6 × 0.5 (P→A→B) + 0.2 (P→B)          = 0.5
 *   C: 0.6 × 0.5 × 1.0 + 0.2 × 1.0             = 0.5, reached through three links at most
 */
import { defaultLibrary } from '@touchstone/cypher';
import { runDetection, runQuery } from '@touchstone/detection';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/test-driver';

const CASE = `case-qtest-${process.pid}`;
const library = defaultLibrary();
let driver: Driver;

const FIXTURE = `
CREATE (p:Entity:Person {id: 'per-qtest-p', name: 'Test Owner', caseId: $case})
CREATE (a:Entity:Company {id: 'com-qtest-a', name: 'Alpha Holdings', jurisdiction: 'PA', caseId: $case})
CREATE (b:Entity:Company {id: 'com-qtest-b', name: 'Beta Mining', jurisdiction: 'PE', caseId: $case})
CREATE (c:Entity:Company {id: 'com-qtest-c', name: 'Gamma Exports', jurisdiction: 'PE', kinds: ['EXPORTER'], caseId: $case})
CREATE (pa:Entity:BankAccount {id: 'acc-qtest-p', accountNumber: 'QT-P', country: 'PE', caseId: $case})
CREATE (aa:Entity:BankAccount {id: 'acc-qtest-a', accountNumber: 'QT-A', country: 'PA', caseId: $case})
CREATE (m:Entity:Mine {id: 'mine-qtest-b', name: 'Test Pit', legalStatus: 'LICENSED', caseId: $case})
CREATE (l:Entity:Licence {id: 'lic-qtest-b', number: 'QT-LIC-1', licenceType: 'MINING_CONCESSION', caseId: $case})
CREATE (s:Entity:Shipment {id: 'shp-qtest-c', commodity: 'GOLD', date: date('2022-05-01'), fineKg: 10.0, declaredValueUsd: 600000.0, caseId: $case})
CREATE (p)-[:OWNS {share: 0.6, caseId: $case}]->(a)
CREATE (a)-[:OWNS {share: 0.5, caseId: $case}]->(b)
CREATE (p)-[:OWNS {share: 0.2, caseId: $case}]->(b)
CREATE (b)-[:OWNS {share: 1.0, caseId: $case}]->(c)
CREATE (c)-[:OWNS {share: 0.1, caseId: $case}]->(a)
CREATE (p)-[:HOLDS_ACCOUNT {caseId: $case}]->(pa)
CREATE (a)-[:HOLDS_ACCOUNT {caseId: $case}]->(aa)
CREATE (b)-[:OPERATES {caseId: $case}]->(m)
CREATE (b)-[:HOLDS_LICENCE {caseId: $case}]->(l)
CREATE (c)-[:EXPORTED {caseId: $case}]->(s)`;

beforeAll(async () => {
  driver = testDriver();
  await driver.executeQuery(FIXTURE, { case: CASE }, { routing: 'WRITE' });
});
afterAll(async () => {
  await driver.executeQuery(
    'MATCH (n:Entity {caseId: $case}) DETACH DELETE n',
    { case: CASE },
    { routing: 'WRITE' },
  );
  await driver.close();
});

const trace = async (params: Record<string, unknown>, visibleCaseIds: string[] = [CASE]) =>
  (
    await runQuery(
      driver,
      library.get('asset-trace')!,
      { personId: 'per-qtest-p', ...params },
      { visibleCaseIds },
    )
  ).rows;

const byAsset = (rows: Record<string, unknown>[]) =>
  Object.fromEntries(
    rows.map((r) => [
      r.assetId as string,
      {
        relation: r.relation,
        holder: r.holderId,
        share: Number((r.effectiveShare as number).toFixed(6)),
        depth: r.depth,
      },
    ]),
  );

describe('asset-trace on a hand-checked ownership graph', () => {
  it('lists every company, account, mine, licence and shipment with the effective share traced to the person', async () => {
    expect(byAsset(await trace({}))).toEqual({
      'acc-qtest-p': { relation: 'HOLDS_ACCOUNT', holder: 'per-qtest-p', share: 1, depth: 0 },
      'com-qtest-a': { relation: 'OWNS', holder: 'com-qtest-a', share: 0.62, depth: 1 },
      'acc-qtest-a': { relation: 'HOLDS_ACCOUNT', holder: 'com-qtest-a', share: 0.62, depth: 1 },
      'com-qtest-b': { relation: 'OWNS', holder: 'com-qtest-b', share: 0.5, depth: 1 },
      'mine-qtest-b': { relation: 'OPERATES', holder: 'com-qtest-b', share: 0.5, depth: 1 },
      'lic-qtest-b': { relation: 'HOLDS_LICENCE', holder: 'com-qtest-b', share: 0.5, depth: 1 },
      'com-qtest-c': { relation: 'OWNS', holder: 'com-qtest-c', share: 0.5, depth: 2 },
      'shp-qtest-c': { relation: 'EXPORTED', holder: 'com-qtest-c', share: 0.5, depth: 2 },
    });
  });

  it('gives the shortest ownership route to each holder', async () => {
    const rows = await trace({});
    expect(rows.find((r) => r.assetId === 'shp-qtest-c')!.route).toEqual([
      'per-qtest-p',
      'com-qtest-b',
      'com-qtest-c',
    ]);
  });

  it('follows chains only as far as maxChainLength and drops companies under minShare', async () => {
    expect(byAsset(await trace({ maxChainLength: 1 }))).toMatchObject({
      'com-qtest-a': { share: 0.6 },
      'com-qtest-b': { share: 0.2 },
    });
    expect(Object.keys(byAsset(await trace({ maxChainLength: 1 })))).not.toContain('com-qtest-c');
    expect(Object.keys(byAsset(await trace({ minShare: 0.55 }))).sort()).toEqual([
      'acc-qtest-a',
      'acc-qtest-p',
      'com-qtest-a',
    ]);
  });

  it('shows nothing of the case to a caller who cannot see it', async () => {
    expect(await trace({}, [])).toEqual([]);
  });

  it('is found by hidden-owner only by callers who can see the case', async () => {
    const query = library.get('hidden-owner')!;
    const seen = await runDetection(driver, query, {}, { visibleCaseIds: [CASE] });
    const finding = seen.detections.find((d) => d.subjectId === 'per-qtest-p');
    expect(finding?.details).toMatchObject({ company: 'com-qtest-c', longestChain: 3 });
    expect(finding!.score).toBeCloseTo(0.5, 9);
    const unseen = await runDetection(driver, query, {}, { visibleCaseIds: [] });
    expect(unseen.detections.map((d) => d.subjectId)).not.toContain('per-qtest-p');
  });

  it('requires the person and refuses a malformed id', async () => {
    await expect(runQuery(driver, library.get('asset-trace')!, {})).rejects.toThrow(
      'asset-trace: personId is required',
    );
    await expect(runQuery(driver, library.get('asset-trace')!, { personId: 'DROP ALL' })).rejects.toThrow(
      /personId must be an entity id/,
    );
  });
});
