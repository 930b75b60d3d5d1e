import { describe, expect, it } from 'vitest';
import { planViolation, type PlanNode } from '../src/services/cypher/cypher-plan-guard';

// Plans as Neo4j 5.26 reports them for EXPLAIN (operator types and Details), cut to what the guard reads.
const op = (operatorType: string, details = '', ...children: PlanNode[]): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: { Details: details },
  children,
});
const open = { labels: new Set<string>(), types: new Set<string>() };
const restricted = { labels: new Set(['Entity', 'Person']), types: new Set(['OWNS']) };

describe('the plan guard', () => {
  it('accepts reading plans over entity labels and typed domain links', () => {
    const plan = op(
      'ProduceResults',
      'p, c',
      op('Expand(All)', '(p)-[anon_0:OWNS]->(c)', op('NodeByLabelScan', 'p:Person')),
    );
    expect(planViolation('r', plan, open)).toBeUndefined();
    const seek = op(
      'ProduceResults',
      'p',
      op('NodeUniqueIndexSeek', 'UNIQUE p:Entity(id) WHERE id = $autostring_0'),
    );
    expect(planViolation('r', seek, open)).toBeUndefined();
    const count = op(
      'ProduceResults',
      '`count(p)`',
      op('NodeCountFromCountStore', 'count( (:Person) ) AS `count(p)`'),
    );
    expect(planViolation('r', count, open)).toBeUndefined();
  });

  it('refuses anything but read-only query types', () => {
    expect(planViolation('rw', op('ProduceResults'), open)).toMatch(/read-only/);
    expect(planViolation('w', op('ProduceResults'), open)).toMatch(/read-only/);
    expect(planViolation('s', op('CreateIndex'), open)).toMatch(/read-only/);
  });

  it('refuses operators that reach records outside the entity graph', () => {
    expect(planViolation('r', op('ProduceResults', 'n', op('AllNodesScan', 'n')), open)).toMatch(
      /every node/,
    );
    expect(
      planViolation('r', op('ProduceResults', 'n', op('NodeByIdSeek', 'n WHERE id(n) = $autoint_0')), open),
    ).toMatch(/internal/);
    expect(
      planViolation(
        'r',
        op('ProduceResults', 'n', op('NodeByElementIdSeek', 'n WHERE elementId(n) = $x')),
        open,
      ),
    ).toMatch(/internal/);
    expect(planViolation('r', op('ProduceResults', 'u', op('NodeByLabelScan', 'u:User')), open)).toMatch(
      /User is not an entity label/,
    );
    expect(
      planViolation('r', op('ProduceResults', 'a', op('NodeByLabelScan', 'a:AuditEvent')), open),
    ).toMatch(/AuditEvent/);
    expect(
      planViolation(
        'r',
        op(
          'ProduceResults',
          'x',
          op('Expand(All)', '(c)-[anon_0:HOLDS]->(x)', op('NodeByLabelScan', 'c:Person')),
        ),
        open,
      ),
    ).toMatch(/HOLDS/);
    expect(
      planViolation('r', op('ProduceResults', 'r', op('DirectedAllRelationshipsScan', '(a)-[r]->(b)')), open),
    ).toMatch(/untyped/);
    expect(
      planViolation(
        'r',
        op('ProduceResults', 'x', op('Expand(All)', '(p)-[anon_0]-(x)', op('NodeByLabelScan', 'p:Person'))),
        open,
      ),
    ).toMatch(/untyped/);
    expect(
      planViolation(
        'r',
        op(
          'ProduceResults',
          'p',
          op('Filter', 'getDegree((p)--()) > $autoint_0', op('NodeByLabelScan', 'p:Person')),
        ),
        open,
      ),
    ).toMatch(/untyped/);
    expect(planViolation('r', op('ProduceResults', 'l', op('LoadCSV', 'l')), open)).toMatch(/LoadCSV/);
    expect(
      planViolation('r', op('ProduceResults', '', op('TransactionApply', '', op('Argument'))), open),
    ).toMatch(/TransactionApply/);
    expect(
      planViolation(
        'r',
        op(
          'ProduceResults',
          'p',
          op('StatefulShortestPath(All)', 'SHORTEST 1 (a) ((`x`)-[`y`]-(`z`)){1, } (b)'),
        ),
        open,
      ),
    ).toMatch(/SHORTEST/);
  });

  it('allows only allow-listed procedures', () => {
    expect(planViolation('r', op('ProcedureCall', 'db.labels() :: (label :: STRING)'), open)).toBeUndefined();
    expect(planViolation('r', op('ProcedureCall', 'dbms.listConfig($a) :: (name :: STRING)'), open)).toMatch(
      /dbms.listConfig/,
    );
  });

  it('refuses labels and link types holding records of cases the user is not in, also in counts and degrees', () => {
    expect(
      planViolation('r', op('ProduceResults', 'p', op('NodeByLabelScan', 'p:Person')), restricted),
    ).toMatch(/Person nodes.*not a member/);
    expect(
      planViolation('r', op('ProduceResults', 'c', op('NodeByLabelScan', 'c:Company')), restricted),
    ).toBeUndefined();
    expect(
      planViolation(
        'r',
        op('ProduceResults', 'n', op('NodeCountFromCountStore', 'count( (:Entity) ) AS n')),
        restricted,
      ),
    ).toMatch(/Entity nodes/);
    expect(
      planViolation(
        'r',
        op('ProduceResults', 'n', op('RelationshipCountFromCountStore', 'count( ()-[:OWNS]->() ) AS n')),
        restricted,
      ),
    ).toMatch(/OWNS links/);
    expect(
      planViolation(
        'r',
        op(
          'ProduceResults',
          'c',
          op('Projection', 'getDegree((c)<-[:OWNS]-()) AS d', op('NodeByLabelScan', 'c:Company')),
        ),
        restricted,
      ),
    ).toMatch(/OWNS links/);
    const expand = op(
      'ProduceResults',
      'x',
      op('Expand(All)', '(c)<-[anon_0:OWNS|DIRECTOR_OF]-(x)', op('NodeByLabelScan', 'c:Company')),
    );
    expect(planViolation('r', expand, restricted)).toMatch(/OWNS links/);
    expect(
      planViolation(
        'r',
        op('ProcedureCall', 'db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)'),
        restricted,
      ),
    ).toMatch(/full-text/);
  });

  it('refuses operators it does not know', () => {
    expect(planViolation('r', op('ProduceResults', '', op('SomethingNew', '')), open)).toMatch(
      /SomethingNew/,
    );
  });
});
