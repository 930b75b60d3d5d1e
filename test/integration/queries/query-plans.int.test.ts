/**
 * Plan sanity and time for every query of the library. EXPLAIN runs nothing; its plan must not
 * scan all nodes, nor scan a large label (Transaction, Shipment, SourceDocument) by label alone:
 * a query starts from an index (time window, amount, id) or from a smaller anchor label
 * (BankAccount, Company, Mine …) and expands. Then each query runs at its defaults within its
 * timeout, which the server enforces on the read transaction.
 */
import { defaultLibrary, parseQueryFile, type CannedQuery } from '@touchstone/cypher';
import { explainQuery, planProblems, runQuery } from '@touchstone/detection';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/test-driver';

/** Values for required parameters: entities of the demo that the queries can start from. */
const SAMPLE_IDS: Record<string, string> = {
  accountId: 'acc-b0-000434',
  personId: 'per-b0-000661',
};
const TIMEOUT_MS = 30_000;

const required = (query: CannedQuery) =>
  Object.fromEntries(query.parameters.filter((p) => p.required).map((p) => [p.name, SAMPLE_IDS[p.name]]));

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

describe('query plans and times', () => {
  for (const query of defaultLibrary().queries) {
    it(`${query.name}: plan starts from an index or an anchor label, never a scan of a large label`, async () => {
      const plan = await explainQuery(driver, query, required(query));
      expect(plan.length).toBeGreaterThan(1);
      expect(planProblems(plan)).toEqual([]);
    });

    it(`${query.name}: refuses values outside its parameters' bounds`, async () => {
      for (const p of query.parameters.filter((x) => x.type === 'integer' || x.type === 'float')) {
        if (p.max !== undefined) {
          await expect(runQuery(driver, query, { ...required(query), [p.name]: p.max + 1 })).rejects.toThrow(
            `${query.name}: ${p.name} must be a number at most ${p.max}, got ${p.max + 1}`,
          );
        }
        if (p.min !== undefined) {
          await expect(runQuery(driver, query, { ...required(query), [p.name]: p.min - 1 })).rejects.toThrow(
            `${query.name}: ${p.name} must be a number at least ${p.min}, got ${p.min - 1}`,
          );
        }
      }
    });

    it(`${query.name}: runs at its defaults within ${TIMEOUT_MS / 1000} s`, async () => {
      const run = await runQuery(driver, query, required(query), { timeoutMs: TIMEOUT_MS });
      expect(run.elapsedMs).toBeLessThan(TIMEOUT_MS);
      expect(run.rows.length).toBeGreaterThan(0);
    });
  }

  it('the plan check is not vacuous: a query filtering transactions without an index is refused', async () => {
    const naive = parseQueryFile(
      `// @name naive
// @title Naive
// @description Transfers in one currency, found by reading every transaction.
// @source test
// @param currency: string = "EUR" -- currency
// @returns ids
MATCH (t:Transaction) WHERE t.currency = $currency AND (t.caseId IS NULL OR t.caseId IN $visibleCaseIds) RETURN t.id`,
      'test/naive.cypher',
    ).query!;
    expect(planProblems(await explainQuery(driver, naive))).toEqual([
      expect.stringMatching(/^scans every Transaction by label/),
    ]);
  });
});
