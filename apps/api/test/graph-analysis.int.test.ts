// cannedQueries, runCannedQuery and statistics on the hand-made fixture (graph-fixture.ts).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { useGraphFixture } from './graph-suite';

const t = useGraphFixture();
type Row = Record<string, unknown>;
const FIXTURE_COUNTRIES = ['XP', 'XA', 'XC'];

describe('cannedQueries', () => {
  it('lists the library with typed parameters, defaults and bounds', async () => {
    const list = await t.outsider('cannedQueries');
    const cycle = list.find((q: { name: string }) => q.name === 'money-cycle');
    expect(cycle).toMatchObject({
      area: 'money',
      pattern: 'MONEY_CYCLE',
      patternDescription: expect.stringContaining('returns through others'),
    });
    expect(cycle.parameters.find((p: { name: string }) => p.name === 'minRetention')).toEqual({
      name: 'minRetention',
      type: 'float',
      description: 'each transfer is at least this share of the previous one',
      required: false,
      default: 0.8,
      min: 0,
      max: 1,
    });
    // The library may grow parameters; these are the ones the tests below rely on.
    expect(
      list.find((q: { name: string }) => q.name === 'fan-in').parameters.map((p: { name: string }) => p.name),
    ).toEqual(
      expect.arrayContaining(['from', 'until', 'windowDays', 'minCounterparties', 'minTotalUsd', 'limit']),
    );
  });
});

describe('runCannedQuery', () => {
  it('money-cycle finds the chronological cycle, opened by A, and not the look-alike', async () => {
    const r = await t.outsider('runCannedQuery', {
      name: 'money-cycle',
      params: { from: '2021-01-01', until: '2022-01-01' },
    });
    const ours = r.rows.filter((row: Row) => String(row.subjectId).includes('-gx'));
    expect(ours).toHaveLength(1);
    expect(ours).toMatchObject([
      {
        subjectId: 'acc-gxA',
        pattern: 'MONEY_CYCLE',
        accounts: ['acc-gxA', 'acc-gxB', 'acc-gxC', 'acc-gxD'],
        transactions: ['txn-gx1', 'txn-gx2', 'txn-gx3', 'txn-gx4'],
        amountsUsd: [100_000, 95_000, 90_000, 88_000],
        startedAt: '2021-03-01T10:00:00Z',
        endedAt: '2021-03-05T12:00:00Z',
        retained: 0.88,
      },
    ]);
    expect(r.params).toMatchObject({ from: '2021-01-01', maxHopDays: 3, minRetention: 0.8, limit: 100 });
    expect(r.columns).toEqual(
      expect.arrayContaining(['subjectId', 'pattern', 'accounts', 'transactions', 'amountsUsd']),
    );
    const graph = Graph.from(r.graph);
    expect(graph.getEdgeAttribute('paid:acc-gxD>acc-gxA', 'money')).toMatchObject({
      count: 1,
      totalUsd: 88_000,
    });
  });

  it('money-cycle honours its parameters: a 1-day hop limit breaks the cycle', async () => {
    const r = await t.outsider('runCannedQuery', {
      name: 'money-cycle',
      params: { from: '2021-01-01', until: '2022-01-01', maxHopDays: 1 },
    });
    expect(r.rows.filter((row: Row) => String(row.subjectId).includes('-gx'))).toEqual([]);
  });

  it('fan-in finds the account paid by five one-off payers, not the recurring payer nor the small look-alike', async () => {
    const r = await t.outsider('runCannedQuery', {
      name: 'fan-in',
      params: { from: '2022-01-01', until: '2022-02-01' },
    });
    const ours = r.rows.filter((row: Row) => String(row.subjectId).includes('-gx'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
      subjectId: 'acc-gxF',
      pattern: 'MONEY_FAN_IN',
      totalUsd: 25_000,
      windowStart: '2022-01-03T10:00:00Z',
    });
    expect([...(ours[0].payers as string[])].sort()).toEqual([
      'acc-gxP1',
      'acc-gxP2',
      'acc-gxP3',
      'acc-gxP4',
      'acc-gxP5',
    ]);
    const lower = await t.outsider('runCannedQuery', {
      name: 'fan-in',
      params: { from: '2022-01-01', until: '2022-02-01', minTotalUsd: 15_000 },
    });
    expect(lower.rows.map((row: Row) => row.subjectId)).toEqual(
      expect.arrayContaining(['acc-gxF', 'acc-gxG']),
    );
  });

  it('caps rows and says so', async () => {
    const r = await t.outsider('runCannedQuery', {
      name: 'fan-in',
      params: { from: '2022-01-01', until: '2022-02-01', minTotalUsd: 15_000 },
      rowLimit: 1,
    });
    expect(r.rows).toHaveLength(1);
    expect(r.truncated).toBe(true);
  });
});

describe('statistics', () => {
  it('by country: seizures, prosecutions, verdicts, exports and imports with the records behind them', async () => {
    const s = await t.outsider('statistics', { groupBy: 'COUNTRY', countries: FIXTURE_COUNTRIES });
    const xp = s.groups.find((g: { key: string }) => g.key === 'XP');
    expect(xp.label).toBe('Fixturia');
    expect(xp.seizures).toEqual({ count: 1, kg: 75, valueUsd: 0, ids: ['sz-gx1'], idsComplete: true });
    expect(xp.prosecutions).toMatchObject({ count: 1, ids: ['pros-gx1'] });
    expect(xp.verdicts).toEqual([
      { verdict: 'CONVICTED', count: 1, kg: 0, valueUsd: 1_000_000, ids: ['pros-gx1'], idsComplete: true },
    ]);
    expect(xp.exports).toMatchObject({ count: 2, kg: 110, valueUsd: 6_300_000 });
    expect([...xp.exports.ids].sort()).toEqual(['shp-gx1', 'shp-gx2']);
    const xa = s.groups.find((g: { key: string }) => g.key === 'XA');
    expect(xa.seizures).toMatchObject({ count: 1, kg: 0, valueUsd: 250_000, ids: ['sz-gx3'] });
    expect(xa.imports).toMatchObject({ count: 1, kg: 60, ids: ['shp-gx2'] });
    expect(xa.verdicts).toEqual([]);
    expect(s.groups.find((g: { key: string }) => g.key === 'XC').imports).toMatchObject({ count: 1, kg: 50 });
    expect(s.totals.seizures.count).toBe(2);
  });

  it('by year, by route and by typology', async () => {
    const year = await t.outsider('statistics', { groupBy: 'YEAR', countries: FIXTURE_COUNTRIES });
    const y = (key: string) => year.groups.find((g: { key: string }) => g.key === key);
    expect(y('2021')).toMatchObject({
      seizures: { count: 1 },
      prosecutions: { count: 1 },
      exports: { count: 2, kg: 110 },
    });
    expect(y('2022')).toMatchObject({
      seizures: { count: 1, ids: ['sz-gx3'] },
      prosecutions: { count: 1, ids: ['pros-gx2'] },
    });
    expect(y('2022').verdicts).toMatchObject([{ verdict: 'CONVICTED', count: 1 }]);

    const route = await t.outsider('statistics', { groupBy: 'ROUTE', countries: FIXTURE_COUNTRIES });
    const r = (key: string) => route.groups.find((g: { key: string }) => g.key === key);
    expect(r('XP>XA>XC')).toMatchObject({
      label: 'XP → XA → XC',
      exports: { count: 1, kg: 50, ids: ['shp-gx1'] },
      seizures: { count: 0 },
    });
    expect(r('XP>XA')).toMatchObject({
      exports: { count: 1, kg: 60 },
      seizures: { count: 1, ids: ['sz-gx1'] },
      prosecutions: { count: 1, ids: ['pros-gx1'] },
    });
    expect(r('NONE')).toMatchObject({ seizures: { ids: ['sz-gx3'] }, prosecutions: { ids: ['pros-gx2'] } });

    const typology = await t.outsider('statistics', { groupBy: 'TYPOLOGY', countries: FIXTURE_COUNTRIES });
    const k = (key: string) => typology.groups.find((g: { key: string }) => g.key === key);
    expect(k('GOLD_COURIER')).toMatchObject({
      seizures: { ids: ['sz-gx1'] },
      prosecutions: { ids: ['pros-gx1'] },
      exports: { ids: ['shp-gx2'] },
    });
    expect(k('CASH_SMUGGLING')).toMatchObject({
      seizures: { ids: ['sz-gx3'] },
      prosecutions: { ids: ['pros-gx2'] },
    });
    expect(k('DECLARED_TRADE')).toMatchObject({ exports: { ids: ['shp-gx1'] } });
  });

  it('restricts to the window and lists ids up to the cap', async () => {
    const s = await t.outsider('statistics', {
      groupBy: 'COUNTRY',
      countries: ['XP'],
      from: '2021-06-01',
      until: '2021-12-31',
      idsPerFigure: 0,
    });
    const xp = s.groups.find((g: { key: string }) => g.key === 'XP');
    expect(xp.exports).toMatchObject({ count: 1, kg: 60, ids: [], idsComplete: false });
    expect(xp.seizures.count).toBe(1);
  });
});
