import { describe, expect, it } from 'vitest';
import { checkCypherText } from '../src/services/cypher/cypher-text-guard';
import { neutralise } from '../src/services/cypher/cypher-text';

const codeOf = (query: string): string | undefined => {
  try {
    checkCypherText(query);
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('neutralising Cypher text', () => {
  it('blanks strings and comments and renames quoted identifiers, keeping positions', () => {
    const q = "MATCH (p:Person) // CREATE\nWHERE p.name = 'DELETE me' /* SET */ RETURN p.`weird name` AS `x`";
    const n = neutralise(q)!;
    expect(n).toHaveLength(q.length);
    expect(n).not.toMatch(/CREATE|DELETE|SET|weird/);
    expect(n).toContain('RETURN p.');
  });

  it('notices unclosed strings and comments', () => {
    expect(neutralise("RETURN 'abc")).toBeNull();
    expect(neutralise('RETURN 1 /* open')).toBeNull();
    expect(neutralise("RETURN 'it\\'s'")).toBe("RETURN '     '");
  });
});

describe('the text guard', () => {
  it('lets ordinary reading queries through', () => {
    for (const q of [
      'MATCH (p:Person {id: $id})-[:OWNS]->(c:Company) RETURN p, c',
      "MATCH (p:Person) WHERE p.name STARTS WITH 'Create' RETURN p.name, date.truncate('month', date()) AS m",
      'CALL db.index.fulltext.queryNodes("entity_search", $q) YIELD node, score RETURN node, score LIMIT 10',
      'MATCH (s:Shipment) RETURN s.date, point.distance(s.location, point({latitude: 0, longitude: 0})) AS d;',
      'MATCH (p:Person) WITH p.set AS value, {created: 1} AS m RETURN value, m.created',
      'CALL db.labels()',
    ]) {
      expect(codeOf(q), q).toBeUndefined();
    }
  });

  it.each([
    ['CREATE (n:Person {name: "x"})', 'FORBIDDEN'],
    ['MERGE (n:Person {id: "per-x"}) RETURN n', 'FORBIDDEN'],
    ['MATCH (n:Person) DETACH DELETE n', 'FORBIDDEN'],
    ['MATCH (n:Person) SET n.isPep = true', 'FORBIDDEN'],
    ['MATCH (n:Person) REMOVE n.name', 'FORBIDDEN'],
    ['MATCH (n:Person) FOREACH (x IN [1] | SET n.a = x)', 'FORBIDDEN'],
    ['CREATE INDEX x FOR (n:Person) ON (n.name)', 'FORBIDDEN'],
    ['DROP CONSTRAINT entity_id', 'FORBIDDEN'],
    ['SHOW TRANSACTIONS', 'FORBIDDEN'],
    ['CALL dbms.listConfig()', 'FORBIDDEN'],
    ['CALL db.createLabel("X")', 'FORBIDDEN'],
    ['CALL apoc.cypher.run("MATCH (n) DETACH DELETE n", {})', 'FORBIDDEN'],
    ['RETURN apoc.cypher.runFirstColumnSingle("MATCH (u:User) RETURN u", {})', 'FORBIDDEN'],
    ['RETURN `apoc`.`text`.join(["a"], ",")', 'FORBIDDEN'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'FORBIDDEN'],
    ['MATCH (p:Person) CALL (p) { RETURN 1 AS one } IN TRANSACTIONS OF 10 ROWS RETURN one', 'FORBIDDEN'],
    ['USE system SHOW USERS', 'FORBIDDEN'],
    ['CYPHER runtime=interpreted MATCH (p:Person) RETURN p', 'FORBIDDEN'],
    ['EXPLAIN MATCH (p:Person) RETURN p', 'BAD_USER_INPUT'],
    ['MATCH (p:Person) RETURN p; MATCH (n) DETACH DELETE n', 'BAD_USER_INPUT'],
    ['', 'BAD_USER_INPUT'],
  ])('refuses %s', (query, code) => {
    expect(codeOf(query)).toBe(code);
  });

  it('refuses queries longer than 10,000 characters', () => {
    expect(codeOf(`RETURN 1 // ${'x'.repeat(10_000)}`)).toBe('BAD_USER_INPUT');
  });

  it('is not fooled by keywords hidden in comments, strings or case', () => {
    expect(codeOf("MATCH (p:Person) WHERE p.name = 'x' cReAtE (n)")).toBe('FORBIDDEN');
    expect(codeOf("MATCH (p:Person) RETURN p /* ' */ DELETE p")).toBe('FORBIDDEN');
    expect(codeOf('MATCH (p:Person) RETURN "DELETE" AS word')).toBeUndefined();
  });
});
