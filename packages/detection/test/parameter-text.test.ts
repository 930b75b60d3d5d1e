import { parseQueryFile, resolveParameters, type CannedQuery } from '@touchstone/cypher';
import { describe, expect, it } from 'vitest';
import { DetectionError, parametersFromText } from '../src/index';

const query = parseQueryFile(
  `// @name q
// @title Q
// @description D
// @source S
// @param limit: integer = 10 [1, 100] -- rows
// @param share: float = 0.8 [0, 1] -- share
// @param oneOff: boolean = true -- flag
// @param kinds: string[] = ["A"] [1, 3] -- kinds
// @param from: datetime = "2019-01-01T00:00:00Z" -- start
// @returns R
MATCH (n:Entity) WHERE (n.caseId IS NULL OR n.caseId IN $visibleCaseIds) AND n.kind IN $kinds AND $oneOff AND n.at >= datetime($from) AND n.share >= $share RETURN n.id LIMIT $limit`,
  'x/q.cypher',
).query as CannedQuery;

describe('parametersFromText', () => {
  it('reads each value by its declared type', () => {
    expect(
      parametersFromText(query.parameters, [
        'limit=25',
        'share=0.5',
        'oneOff=no',
        'kinds=SCRAP, RECYCLED',
        'from=2021-01-01',
      ]),
    ).toEqual({
      limit: 25,
      share: 0.5,
      oneOff: false,
      kinds: ['SCRAP', 'RECYCLED'],
      from: '2021-01-01',
    });
    expect(parametersFromText(query.parameters, ['kinds=["A","B"]', 'limit=1_000'])).toEqual({
      kinds: ['A', 'B'],
      limit: 1000,
    });
  });

  it('leaves bad values for the checker, which names them', () => {
    const given = parametersFromText(query.parameters, [
      'limit=many',
      'share=2',
      'oneOff=perhaps',
      'colour=red',
    ]);
    const resolved = resolveParameters(query, given);
    expect(resolved.ok).toBe(false);
    const reasons = Object.fromEntries(
      (resolved as { issues: { parameter: string; reason: string }[] }).issues.map((i) => [
        i.parameter,
        i.reason,
      ]),
    );
    expect(reasons).toEqual({
      colour: expect.stringContaining('is not a parameter of q'),
      limit: 'must be a number, got "many"',
      share: 'must be a number at most 1, got 2',
      oneOff: 'must be true or false, got "perhaps"',
    });
  });

  it('refuses a pair without a name', () => {
    expect(() => parametersFromText(query.parameters, ['=3'])).toThrow(DetectionError);
    expect(() => parametersFromText(query.parameters, ['limit'])).toThrow(/--param takes name=value/);
  });
});
