// Bad input on every argument of every graph operation is answered with the right error code —
// BAD_USER_INPUT for malformed values, NOT_FOUND for ids that are well formed but unknown — and
// never with a server error; injection attempts are plain text that changes nothing.
import { describe, expect, it } from 'vitest';
import { errorCode } from './graph-client';
import { useGraphFixture } from './graph-suite';

const t = useGraphFixture();
const HUGE = 'x'.repeat(10 * 1024 * 1024);
const INJECTION = "x' }) MATCH (n) DETACH DELETE n //";

type Case = [string, Record<string, unknown>, string];

const cases: Case[] = [
  // search
  ['search', { text: '' }, 'BAD_USER_INPUT'],
  ['search', { text: '   ' }, 'BAD_USER_INPUT'],
  ['search', { text: 'a'.repeat(201) }, 'BAD_USER_INPUT'],
  ['search', { text: HUGE }, 'BAD_USER_INPUT'],
  ['search', { text: 'zenobia', limit: 0 }, 'BAD_USER_INPUT'],
  ['search', { text: 'zenobia', limit: -1 }, 'BAD_USER_INPUT'],
  ['search', { text: 'zenobia', limit: 101 }, 'BAD_USER_INPUT'],
  ['search', { text: 'zenobia', types: ['Spaceship'] }, 'BAD_USER_INPUT'],
  ['search', { text: 'zenobia', after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
  ['search', { text: 'zenobia', after: HUGE }, 'BAD_USER_INPUT'],
  // entity
  ['entity', { id: 'per-gxNobody' }, 'NOT_FOUND'],
  ['entity', { id: INJECTION }, 'BAD_USER_INPUT'],
  ['entity', { id: HUGE }, 'BAD_USER_INPUT'],
  ['entity', { id: 'com-gxAurum', linksPerType: 0 }, 'BAD_USER_INPUT'],
  ['entity', { id: 'com-gxAurum', linksPerType: -5 }, 'BAD_USER_INPUT'],
  ['entity', { id: 'com-gxAurum', linksPerType: 100_000 }, 'BAD_USER_INPUT'],
  // expand
  ['expand', { ids: [] }, 'BAD_USER_INPUT'],
  ['expand', { ids: Array.from({ length: 101 }, (_, i) => `per-x${i}`) }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['per-gxNobody'] }, 'NOT_FOUND'],
  ['expand', { ids: ['com-gxAurum', 'per-gxNobody'] }, 'NOT_FOUND'],
  ['expand', { ids: [INJECTION] }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], depth: 0 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], depth: 4 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], depth: 50 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], depth: -1 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], limit: -5 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], limit: 0 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], limit: 1_000_000 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], perNode: 0 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], perNode: 501 }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], linkTypes: ['OWNS', 'DETACH DELETE'] }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], linkTypes: ['OWNS]->(x) DETACH DELETE x //'] }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], entityTypes: ['Entity'] }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], direction: 'SIDEWAYS' }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], from: '2022-01-01', until: '2021-01-01' }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], from: '2021-01-01', until: '2021-01-01T00:00:00Z' }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], from: 'yesterday' }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], until: '2021-02-30' }, 'BAD_USER_INPUT'],
  ['expand', { ids: ['com-gxAurum'], from: HUGE }, 'BAD_USER_INPUT'],
  // shortestPaths
  ['shortestPaths', { from: 'per-gxNobody', to: 'com-gxAurum' }, 'NOT_FOUND'],
  ['shortestPaths', { from: 'com-gxAurum', to: 'per-gxNobody' }, 'NOT_FOUND'],
  ['shortestPaths', { from: 'com-gxAurum', to: 'com-gxAurum' }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: INJECTION, to: 'com-gxAurum' }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', maxHops: 0 }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', maxHops: 11 }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', maxHops: 50 }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', k: 0 }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', k: 11 }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', k: -1 }, 'BAD_USER_INPUT'],
  ['shortestPaths', { from: 'off-gxRamos', to: 'com-gxAurum', linkTypes: ['KNOWS'] }, 'BAD_USER_INPUT'],
  // moneyTrail
  ['moneyTrail', { from: 'acc-gxNobody' }, 'NOT_FOUND'],
  ['moneyTrail', { from: 'mine-gxM1' }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: INJECTION }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', direction: 'SIDEWAYS' }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxHops: 0 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxHops: 9 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxHops: 50 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', minAmountUsd: -1 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxDwellDays: 0 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxDwellDays: -3 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxDwellDays: 10_000 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', tolerance: -0.1 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', tolerance: 1.5 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', since: '2022-01-01', until: '2021-01-01' }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', since: INJECTION }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxPaths: 0 }, 'BAD_USER_INPUT'],
  ['moneyTrail', { from: 'acc-gxA', maxPaths: -10 }, 'BAD_USER_INPUT'],
  // metalTrail
  ['metalTrail', { from: 'mine-gxNobody' }, 'NOT_FOUND'],
  ['metalTrail', { from: 'per-gxJose' }, 'BAD_USER_INPUT'],
  ['metalTrail', { from: INJECTION }, 'BAD_USER_INPUT'],
  ['metalTrail', { from: HUGE }, 'BAD_USER_INPUT'],
  // ownership
  ['ownership', { id: 'com-gxNobody' }, 'NOT_FOUND'],
  ['ownership', { id: 'per-gxJose' }, 'BAD_USER_INPUT'],
  ['ownership', { id: INJECTION }, 'BAD_USER_INPUT'],
  ['ownership', { id: 'com-gxAurum', threshold: 2 }, 'BAD_USER_INPUT'],
  ['ownership', { id: 'com-gxAurum', threshold: -0.5 }, 'BAD_USER_INPUT'],
  ['ownership', { id: 'com-gxAurum', asOf: 'last year' }, 'BAD_USER_INPUT'],
  // runCannedQuery
  ['runCannedQuery', { name: 'no-such-query' }, 'NOT_FOUND'],
  ['runCannedQuery', { name: HUGE }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: { nope: 1 } }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: { limit: -1 } }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: { limit: 2.5 } }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: { maxHopDays: 'three' } }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: { from: INJECTION } }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: { minRetention: 5 } }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', params: [1, 2] }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', rowLimit: 0 }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', rowLimit: -1 }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', timeoutSeconds: 0 }, 'BAD_USER_INPUT'],
  ['runCannedQuery', { name: 'money-cycle', timeoutSeconds: 100_000 }, 'BAD_USER_INPUT'],
  // statistics
  ['statistics', { groupBy: 'PLANET' }, 'BAD_USER_INPUT'],
  ['statistics', { groupBy: 'YEAR', from: '2022-01-01', until: '2021-01-01' }, 'BAD_USER_INPUT'],
  ['statistics', { groupBy: 'YEAR', from: 'soon' }, 'BAD_USER_INPUT'],
  ['statistics', { groupBy: 'YEAR', countries: ['Peru'] }, 'BAD_USER_INPUT'],
  ['statistics', { groupBy: 'YEAR', countries: [INJECTION] }, 'BAD_USER_INPUT'],
  ['statistics', { groupBy: 'YEAR', commodity: 'OIL' }, 'BAD_USER_INPUT'],
  ['statistics', { groupBy: 'YEAR', idsPerFigure: -1 }, 'BAD_USER_INPUT'],
];

describe('bad input', () => {
  it.each(cases.map(([op, args, code]) => [op, JSON.stringify(args).slice(0, 120), args, code] as const))(
    '%s %s',
    async (op, _label, args, code) => {
      expect(await errorCode(t.outsider(op as never, args))).toBe(code);
    },
  );

  it('leaves the graph as it was after injection attempts', async () => {
    for (const text of [INJECTION, "') CALL db.clearQueryCaches() //", 'x" OR n.id CONTAINS "'])
      await t.outsider('search', { text });
    await errorCode(t.outsider('runCannedQuery', { name: 'fan-in', params: { from: INJECTION } }));
    expect((await t.outsider('entity', { id: 'com-gxAurum' })).node.key).toBe('com-gxAurum');
  });
});
