/**
 * Money flows as the importer and the migrations keep them: one summary per sending account,
 * receiving account and case scope, always equal to the transfers behind it. Every id here
 * contains "flowtest" so the file cleans up after itself.
 */
import { importFiles } from '@touchstone/importer';
import { applyMigrations, defaultSchemaDir, deleteEntitiesWhere, refreshMoneyFlows } from '@touchstone/neo4j';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonlFolder, type JsonlFolder } from './support/jsonl-folder';
import { countOf, testDriver } from './support/test-driver';

const provenance = {
  sourceId: 'doc-flowtest',
  enteredBy: 'test',
  enteredAt: '2024-01-01T00:00:00Z',
  sourceReliability: 'B',
  infoReliability: '2',
};
const account = (id: string, extra: object = {}) => ({
  type: 'BankAccount',
  id,
  accountNumber: id.toUpperCase(),
  ...extra,
});
const transfer = (id: string, usd: number, at: string, extra: object = {}) => ({
  type: 'Transaction',
  id,
  amount: usd,
  currency: 'USD',
  amountUsd: usd,
  timestamp: at,
  channel: 'WIRE',
  ...extra,
});
const legs = (id: string, from: string, to: string, extra: object = {}) => [
  { type: 'SENT', id: `lnk-${id}-s`, from, to: id, ...provenance, ...extra },
  { type: 'TO', id: `lnk-${id}-t`, from: id, to, ...provenance, ...extra },
];

const DAY = 86400;
const A = 'acc-flowtest-a';
const B = 'acc-flowtest-b';
const C = 'acc-flowtest-c';
const entities = [
  { type: 'SourceDocument', id: 'doc-flowtest', title: 'Bank statement', documentKind: 'BANK_STATEMENT' },
  account(A),
  account(B),
  account(C, { caseId: 'case-flowtest-2' }),
  transfer('txn-flowtest-2', 2000, '2024-02-01T10:00:00Z'),
  transfer('txn-flowtest-1', 1000, '2024-01-01T10:00:00Z'),
  transfer('txn-flowtest-3', 3000, '2024-03-01T10:00:00Z', { caseId: 'case-flowtest-1' }),
  transfer('txn-flowtest-4', 4000, '2024-04-01T10:00:00Z'),
];
const links = [
  ...legs('txn-flowtest-1', A, B),
  ...legs('txn-flowtest-2', A, B),
  ...legs('txn-flowtest-3', A, B),
  ...legs('txn-flowtest-4', B, C),
];

interface Flow {
  from: string | null;
  to: string;
  caseIds: string[];
  count: number;
  totalUsd: number;
  ids: string[];
  usd: number[];
  dwell: number[];
  minDwell: number | null;
  first: string;
  last: string;
}

let driver: Driver;
let files: JsonlFolder;
const jsonl = (name: string, records: object[]) => files.write(name, records);

async function flows(): Promise<Flow[]> {
  const { records } = await driver.executeQuery(
    `MATCH (f:MoneyFlow) WHERE f.from CONTAINS 'flowtest' OR f.to CONTAINS 'flowtest'
     RETURN f {.from, .to, .caseIds, .count, .totalUsd, .ids, .usd, .dwell, .minDwell, first: toString(f.first), last: toString(f.last)} AS f
     ORDER BY f.from, f.to, size(f.caseIds)`,
    {},
    { routing: 'READ' },
  );
  return records.map((r) => {
    const f = r.get('f') as Flow & { count: unknown; dwell: unknown[]; minDwell: unknown };
    return {
      ...f,
      count: Number(f.count),
      dwell: f.dwell.map(Number),
      minDwell: f.minDwell === null ? null : Number(f.minDwell),
    };
  });
}

const removeTestData = () => deleteEntitiesWhere(driver, "n.id CONTAINS 'flowtest'");

beforeAll(async () => {
  driver = testDriver();
  files = jsonlFolder('touchstone-flows-');
  await removeTestData();
});
afterAll(async () => {
  await removeTestData();
  await driver.close();
  files.remove();
});

describe('money flows', () => {
  it('sum up the transfers of each pair of accounts and case scope, in time order, when an import ends', async () => {
    await importFiles(driver, { entities: [jsonl('e.jsonl', entities)], links: [jsonl('l.jsonl', links)] });
    expect(await flows()).toEqual([
      {
        from: A,
        to: B,
        caseIds: [],
        count: 2,
        totalUsd: 3000,
        ids: ['txn-flowtest-1', 'txn-flowtest-2'],
        usd: [1000, 2000],
        // B sends its next transfer on 1 April.
        dwell: [91 * DAY, 60 * DAY],
        minDwell: 60 * DAY,
        first: '2024-01-01T10:00:00Z',
        last: '2024-02-01T10:00:00Z',
      },
      {
        from: A,
        to: B,
        caseIds: ['case-flowtest-1'],
        count: 1,
        totalUsd: 3000,
        ids: ['txn-flowtest-3'],
        usd: [3000],
        dwell: [31 * DAY],
        minDwell: 31 * DAY,
        first: '2024-03-01T10:00:00Z',
        last: '2024-03-01T10:00:00Z',
      },
      {
        from: B,
        to: C,
        caseIds: ['case-flowtest-2'],
        count: 1,
        totalUsd: 4000,
        ids: ['txn-flowtest-4'],
        usd: [4000],
        // Nothing leaves C.
        dwell: [-1],
        minDwell: null,
        first: '2024-04-01T10:00:00Z',
        last: '2024-04-01T10:00:00Z',
      },
    ]);
    expect(
      await countOf(driver, "MATCH (m:MoneyFlowRefresh) WHERE m.id CONTAINS 'flowtest' RETURN count(m)"),
    ).toBe(0);
  });

  it('stay the same when the same files are imported again', async () => {
    const before = await flows();
    await importFiles(driver, { entities: [jsonl('e.jsonl', entities)], links: [jsonl('l.jsonl', links)] });
    expect(await flows()).toEqual(before);
  });

  it('follow a transfer re-imported alone with a new amount, time or case', async () => {
    const changed = [
      transfer('txn-flowtest-2', 2500, '2023-12-01T10:00:00Z'),
      transfer('txn-flowtest-3', 3000, '2024-03-01T10:00:00Z'),
    ];
    await importFiles(driver, { entities: [jsonl('e.jsonl', changed)], links: [] });
    const [ab, bc, ...rest] = await flows();
    expect(rest).toEqual([]);
    expect(ab).toMatchObject({
      from: A,
      to: B,
      caseIds: [],
      count: 3,
      totalUsd: 6500,
      ids: ['txn-flowtest-2', 'txn-flowtest-1', 'txn-flowtest-3'],
      usd: [2500, 1000, 3000],
      dwell: [122 * DAY, 91 * DAY, 31 * DAY],
      first: '2023-12-01T10:00:00Z',
      last: '2024-03-01T10:00:00Z',
    });
    expect(bc).toMatchObject({ from: B, to: C, count: 1 });
  });

  it('give each transfer in the time until the next transfer out, which a new transfer out shortens', async () => {
    const earlyOut = transfer('txn-flowtest-5', 500, '2024-01-01T12:00:00Z');
    await importFiles(driver, {
      entities: [jsonl('e.jsonl', [earlyOut])],
      links: [jsonl('l.jsonl', legs('txn-flowtest-5', B, C))],
    });
    const [ab, bc] = await flows();
    // Two hours after txn-flowtest-1 arrived; the transfer a month earlier waits for it too.
    expect(ab).toMatchObject({
      ids: ['txn-flowtest-2', 'txn-flowtest-1', 'txn-flowtest-3'],
      dwell: [31 * DAY + 2 * 3600, 2 * 3600, 31 * DAY],
      minDwell: 2 * 3600,
    });
    expect(bc).toMatchObject({
      from: B,
      to: C,
      ids: ['txn-flowtest-5', 'txn-flowtest-4'],
      dwell: [-1, -1],
      minDwell: null,
    });
    await deleteEntitiesWhere(driver, "n.id = 'txn-flowtest-5'");
    expect((await flows())[0]!.dwell).toEqual([122 * DAY, 91 * DAY, 31 * DAY]);
  });

  it('hold money from no account in a flow with no sender, until a sender is linked to it', async () => {
    const deposit = transfer('txn-flowtest-6', 700, '2024-03-31T10:00:00Z', { channel: 'CASH_DEPOSIT' });
    const withdrawal = transfer('txn-flowtest-7', 600, '2024-03-31T12:00:00Z', {
      channel: 'CASH_WITHDRAWAL',
    });
    const [depositTo, withdrawalSent] = [legs('txn-flowtest-6', A, B)[1]!, legs('txn-flowtest-7', B, C)[0]!];
    await importFiles(driver, {
      entities: [jsonl('e.jsonl', [deposit, withdrawal])],
      links: [jsonl('l.jsonl', [depositTo, withdrawalSent])],
    });
    const fromNoAccount = (await flows()).filter((f) => f.from === null);
    // The withdrawal two hours later is the next money out of B.
    expect(fromNoAccount).toEqual([
      expect.objectContaining({
        to: B,
        ids: ['txn-flowtest-6'],
        usd: [700],
        dwell: [2 * 3600],
        minDwell: 2 * 3600,
      }),
    ]);
    const [ab] = await flows();
    expect(ab!.dwell).toEqual([121 * DAY + 2 * 3600, 90 * DAY + 2 * 3600, 30 * DAY + 2 * 3600]);

    await importFiles(driver, {
      entities: [],
      links: [jsonl('l.jsonl', [legs('txn-flowtest-6', A, B)[0]!])],
    });
    const after = await flows();
    expect(after.filter((f) => f.from === null)).toEqual([]);
    expect(after[0]).toMatchObject({
      from: A,
      to: B,
      ids: ['txn-flowtest-2', 'txn-flowtest-1', 'txn-flowtest-3', 'txn-flowtest-6'],
    });

    await deleteEntitiesWhere(driver, "n.id IN ['txn-flowtest-6', 'txn-flowtest-7']");
    expect((await flows())[0]!.dwell).toEqual([122 * DAY, 91 * DAY, 31 * DAY]);
  });

  it('are rebuilt by the migrations for marks an interrupted writer left behind', async () => {
    await driver.executeQuery(
      'MATCH (f:MoneyFlow {from: $a}) DETACH DELETE f MERGE (:MoneyFlowRefresh {id: $a})',
      { a: A },
      { routing: 'WRITE' },
    );
    expect((await flows()).map((f) => f.from)).toEqual([B]);
    await applyMigrations(driver, defaultSchemaDir);
    expect((await flows()).map((f) => [f.from, f.to, f.count])).toEqual([
      [A, B, 3],
      [B, C, 1],
    ]);
  });

  it('are built once per pair when two refreshes run at once', async () => {
    const expected = await flows();
    await driver.executeQuery(
      'MATCH (f:MoneyFlow) WHERE f.from IN $accounts DETACH DELETE f WITH count(*) AS gone UNWIND $accounts AS id MERGE (:MoneyFlowRefresh {id: id})',
      { accounts: [A, B, C] },
      { routing: 'WRITE' },
    );
    await Promise.all([refreshMoneyFlows(driver, { chunk: 1 }), refreshMoneyFlows(driver, { chunk: 1 })]);
    expect(await flows()).toEqual(expected);
  });

  it('go when their accounts are deleted and marked', async () => {
    await removeTestData();
    expect(await flows()).toEqual([]);
  });
});
