import { describe, expect, it } from 'vitest';
import { parseQueryFile, resolveParameters, type CannedQuery } from '../src/index';

const query = parseQueryFile(
  `// @name q
// @title Q
// @description D
// @source S
// @param accountId: id -- the account
// @param from: datetime = "2019-01-01T00:00:00Z" -- start
// @param day: date? -- a day
// @param limit: integer = 100 [1, 1000] -- rows
// @param share: float = 0.8 [0, 1] -- share
// @param flag: boolean = false -- a flag
// @param ids: id[] = [] [0, 3] -- some ids
// @returns rows
MATCH (a {id: $accountId}) WHERE a.caseId IS NULL OR a.caseId IN $visibleCaseIds
RETURN $from, $day, $limit, $share, $flag, $ids`,
  'x/q.cypher',
).query as CannedQuery;

describe('resolveParameters', () => {
  it('fills in defaults and keeps given values', () => {
    expect(resolveParameters(query, { accountId: 'acc-1', limit: 5 })).toEqual({
      ok: true,
      values: {
        accountId: 'acc-1',
        from: '2019-01-01T00:00:00Z',
        day: null,
        limit: 5,
        share: 0.8,
        flag: false,
        ids: [],
      },
    });
  });

  it('reports every bad value at once, in words', () => {
    const result = resolveParameters(query, {
      limit: -1,
      share: 'high',
      from: '2021-02-30',
      day: '2021-02-03T00:00:00Z',
      flag: 'yes',
      ids: ['acc-1', 'DROP'],
      extra: 1,
    });
    expect(result.ok).toBe(false);
    const reasons = Object.fromEntries(
      (result as { issues: { parameter: string; reason: string }[] }).issues.map((i) => [
        i.parameter,
        i.reason,
      ]),
    );
    expect(reasons).toEqual({
      extra: expect.stringContaining('is not a parameter of q'),
      accountId: 'is required (the account)',
      limit: 'must be a number at least 1, got -1',
      share: 'must be a number, got "high"',
      from: expect.stringContaining('must be a date-time'),
      day: expect.stringContaining('must be a date written YYYY-MM-DD'),
      flag: 'must be true or false, got "yes"',
      ids: 'item 2 must be an entity id such as "acc-0001", got "DROP"',
    });
  });

  it('refuses fractions for integers and lists over their bound', () => {
    const result = resolveParameters(query, {
      accountId: 'acc-1',
      limit: 2.5,
      ids: ['acc-1', 'acc-2', 'acc-3', 'acc-4'],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { parameter: 'limit', reason: 'must be a whole number, got 2.5' },
        { parameter: 'ids', reason: 'must be a list of length at most 3, got 4' },
      ],
    });
  });
});
