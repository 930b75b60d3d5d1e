/**
 * The money trail on the demo investigation: from the start of the planted eight-hop layering
 * chain it reaches every account of the chain, each at its place in the chain, through the
 * chain's own transfers; and it stops where the time or amount conditions break.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLibrary } from '@touchstone/cypher';
import { runQuery } from '@touchstone/detection';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDriver } from '../support/test-driver';

interface ChainDetails {
  accounts: string[];
  transactions: string[];
}

const raw = JSON.parse(readFileSync(join(inject('demoDir'), 'ground-truth.json'), 'utf8')) as {
  instances: { pattern: string; size: number; details: ChainDetails }[];
};
const chain = raw.instances.find((i) => i.pattern === 'MONEY_LAYERING_CHAIN' && i.size === 8)!.details;
const trail = defaultLibrary().get('money-trail')!;
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

describe('money-trail', () => {
  it('follows the planted eight-hop chain account by account, in time order', async () => {
    const { rows } = await runQuery(driver, trail, {
      accountId: chain.accounts[0],
      maxHops: 8,
      minRetention: 0.9,
    });
    for (let k = 1; k < chain.accounts.length; k++) {
      const row = rows.find((r) => r.accountId === chain.accounts[k]);
      expect(row, chain.accounts[k]).toMatchObject({
        hops: k,
        route: chain.accounts.slice(0, k + 1),
        transactions: chain.transactions.slice(0, k),
      });
    }
  });

  it('goes no further than maxHops', async () => {
    const { rows } = await runQuery(driver, trail, {
      accountId: chain.accounts[0],
      maxHops: 3,
      minRetention: 0.9,
    });
    expect(Math.max(...rows.map((r) => r.hops as number))).toBe(3);
    expect(rows.map((r) => r.accountId)).not.toContain(chain.accounts[4]);
  });

  it('breaks where the next transfer is too late', async () => {
    const { rows } = await runQuery(driver, trail, {
      accountId: chain.accounts[0],
      maxHopDays: 0.1,
      minRetention: 0.9,
    });
    expect(rows.every((r) => (r.hops as number) <= chain.accounts.length - 1)).toBe(true);
    expect(rows.filter((r) => chain.accounts.includes(r.accountId as string)).length).toBeLessThan(
      chain.accounts.length - 1,
    );
  });

  it('refuses a hop bound beyond the pattern’s literal bound of 8', async () => {
    await expect(runQuery(driver, trail, { accountId: chain.accounts[0], maxHops: 9 })).rejects.toThrow(
      'money-trail: maxHops must be a number at most 8, got 9',
    );
  });
});
