// The Cypher the graph services render, snapshotted without a database: a change to a query shows
// up as a reviewable diff. Also: hop bounds and link types only ever come from bounded code paths.
import { describe, expect, it } from 'vitest';
import { expandStepQuery, expandTwoStepsQuery } from '../src/services/graph/expand-query';
import { moneyTrailQuery } from '../src/services/graph/money-trail-query';
import { statisticsQuery } from '../src/services/graph/statistics-queries';
import { visible } from '../src/services/graph/visibility';

describe('rendered Cypher', () => {
  const everything = { direction: 'BOTH', rawTypes: null, withLinks: true, money: true } as const;

  it('expand: one step, all link types, money folded', async () => {
    await expect(expandStepQuery(everything)).toMatchFileSnapshot('./snapshots/graph-expand-step.cypher');
  });

  it('expand: the first two steps in one query', async () => {
    await expect(expandTwoStepsQuery(everything)).toMatchFileSnapshot(
      './snapshots/graph-expand-two-steps.cypher',
    );
  });

  it('expand: labels and types only leave out properties, but not those of unnamed entities', () => {
    const lean = expandTwoStepsQuery({ ...everything, fields: { properties: false, provenance: false } });
    expect(lean).not.toContain('properties(x.r)');
    expect(lean).not.toContain('enteredAt');
    expect(lean).toContain(
      "CASE WHEN x.m.name <> '' THEN {name: x.m.name, caseId: x.m.caseId} ELSE properties(x.m) END",
    );
    expect(expandTwoStepsQuery(everything)).toContain('properties(x.r)');
  });

  it('expand: outgoing ownership only, no money part', () => {
    const cypher = expandStepQuery({
      direction: 'OUT',
      rawTypes: ['OWNS', 'DIRECTOR_OF'],
      withLinks: true,
      money: false,
    });
    expect(cypher).toContain('MATCH (n)-[r:OWNS|DIRECTOR_OF]->(m:Entity)');
    expect(cypher).not.toContain('SENT]->(t:Transaction)-[o:TO]');
  });

  it('money trail: the hop bound is a literal from 1 to 8, and nothing else is accepted', async () => {
    await expect(moneyTrailQuery('FORWARD', 4)).toMatchFileSnapshot(
      './snapshots/graph-money-trail-forward.cypher',
    );
    expect(moneyTrailQuery('BACKWARD', 8)).toContain('{0,7}');
    for (const bad of [0, 9, 2.5, -1, Number.NaN]) expect(() => moneyTrailQuery('FORWARD', bad)).toThrow();
  });

  it('statistics: routes of seized shipments, visible records only', async () => {
    await expect(statisticsQuery('seizures', 'ROUTE')).toMatchFileSnapshot(
      './snapshots/graph-statistics-seizures-route.cypher',
    );
  });

  it('every node and link variable of a trail passes the case filter', () => {
    const cypher = moneyTrailQuery('FORWARD', 3);
    for (const v of ['sf', 't0', 'ri', 'ai', 'si', 'tj', 'rn', 'd']) expect(cypher, v).toContain(visible(v));
    const back = moneyTrailQuery('BACKWARD', 3);
    for (const v of ['rf', 't0', 'si', 'ai', 'ri', 'ti', 'sn', 'd']) expect(back, v).toContain(visible(v));
  });
});
