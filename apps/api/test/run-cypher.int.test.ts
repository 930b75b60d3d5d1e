import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from './support/graphql-client';
import { publicEntities, removeFixtures, write } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
let analyst: { name: string; token: string };
let ids: { person: string; company: string };
beforeAll(async () => {
  t = await startTestApi();
  analyst = await t.user('analyst');
  ids = await publicEntities(t.driver, t.suffix);
});
afterAll(async () => {
  await removeFixtures(t.driver, t.suffix);
  await t?.close();
});

interface CypherReply {
  runCypher: {
    columns: string[];
    rows: Record<string, unknown>[];
    truncated: boolean;
    withheldRows: number;
    graph: {
      nodes: { key: string; attributes: { type: string } }[];
      edges: { key: string; source: string; target: string; attributes: { type: string } }[];
    };
  };
}
const RUN = `query($q: String!, $p: JSON, $rows: Int, $secs: Int) {
  runCypher(query: $q, params: $p, rowLimit: $rows, timeoutSeconds: $secs) {
    columns rows truncated withheldRows
    graph { nodes { key attributes { type } } edges { key source target attributes { type } } }
  }
}`;
const run = (q: string, p: Record<string, unknown> = {}, rows?: number, secs?: number) =>
  t.gql<CypherReply>(RUN, { q, p, rows, secs }, analyst.token);

describe('ad-hoc Cypher', () => {
  it('returns rows and the graph found in them, with parameters', async () => {
    const reply = await run(
      'MATCH (p:Person {id: $id})-[d:DIRECTOR_OF]->(c:Company) RETURN p, d, c.name AS company',
      { id: ids.person },
    );
    expect(reply.errors).toBeUndefined();
    const result = reply.data!.runCypher;
    expect(result.columns).toEqual(['p', 'd', 'company']);
    expect(result.rows).toEqual([
      {
        p: {
          kind: 'node',
          key: ids.person,
          labels: ['Entity', 'Person'],
          properties: { id: ids.person, name: `Publica Person ${t.suffix}` },
        },
        d: {
          kind: 'link',
          key: `lnk-t${t.suffix}dir`,
          type: 'DIRECTOR_OF',
          properties: expect.objectContaining({ sourceId: 'doc-test' }),
        },
        company: `Publica Trading ${t.suffix}`,
      },
    ]);
    expect(result.graph.nodes.map((n) => n.key).sort()).toEqual([ids.company, ids.person].sort());
    expect(result.graph.edges).toEqual([
      {
        key: `lnk-t${t.suffix}dir`,
        source: ids.person,
        target: ids.company,
        attributes: { type: 'DIRECTOR_OF' },
      },
    ]);
  });

  it('sends whole numbers as integers, so LIMIT $n works', async () => {
    const reply = await run('UNWIND range(1, 10) AS x RETURN x LIMIT $n', { n: 3 });
    expect(reply.data!.runCypher.rows).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
  });

  it('caps rows and says so', async () => {
    const reply = await run('UNWIND range(1, 100000) AS x RETURN x', {}, 5);
    expect(reply.data!.runCypher).toMatchObject({
      truncated: true,
      rows: [{ x: 1 }, { x: 2 }, { x: 3 }, { x: 4 }, { x: 5 }],
    });
    expect(codeOf(await run('RETURN 1', {}, 0))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run('RETURN 1', {}, 5001))).toBe('BAD_USER_INPUT');
  });

  it('stops a query that runs too long with TIMEOUT', async () => {
    const started = Date.now();
    const reply = await run(
      'UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 100 RETURN count(x) AS n',
      {},
      undefined,
      1,
    );
    expect(codeOf(reply)).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it.each([
    ['CREATE (n:Person {id: "per-evil"}) RETURN n', 'FORBIDDEN'],
    ['MERGE (n:Person {id: "per-evil"}) RETURN n', 'FORBIDDEN'],
    ['MATCH (n:Person) DETACH DELETE n', 'FORBIDDEN'],
    ['MATCH (n:Person) SET n.name = "x" RETURN n', 'FORBIDDEN'],
    ['CREATE INDEX evil FOR (n:Person) ON (n.x)', 'FORBIDDEN'],
    ['DROP CONSTRAINT entity_id', 'FORBIDDEN'],
    ['CALL dbms.components()', 'FORBIDDEN'],
    ['CALL dbms.security.listUsers()', 'FORBIDDEN'],
    ['SHOW TRANSACTIONS', 'FORBIDDEN'],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'FORBIDDEN'],
    ['CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DELETE n", {})', 'FORBIDDEN'],
    ['MATCH (p:Person) CALL (p) { RETURN 1 AS one } IN TRANSACTIONS RETURN one', 'FORBIDDEN'],
    ['MATCH (n) RETURN n', 'FORBIDDEN'],
    ['MATCH (u:User) RETURN u.name', 'FORBIDDEN'],
    ['MATCH (c:Case) RETURN c.title', 'FORBIDDEN'],
    ['MATCH (c:Chart) RETURN c.document', 'FORBIDDEN'],
    ['MATCH (p:Person)<-[:HOLDS]-(c) RETURN c', 'FORBIDDEN'],
    ['MATCH (p:Person)--(x) RETURN x', 'FORBIDDEN'],
    ['MATCH (n) WHERE id(n) = 0 RETURN n', 'FORBIDDEN'],
    ["MATCH (p:Person) WHERE p.name = '' RETURN p; MATCH (n) DETACH DELETE n", 'BAD_USER_INPUT'],
    ['MATCH (p:Person RETURN p', 'BAD_USER_INPUT'],
    ['RETURN $missing', 'BAD_USER_INPUT'],
  ])('refuses %s', async (query, code) => {
    const reply = await run(query);
    expect(codeOf(reply)).toBe(code);
    expect(reply.text).not.toMatch(/at \w+ \(|stack/);
  });

  it('treats injection attempts in parameters as plain values', async () => {
    const reply = await run('MATCH (c:Company) WHERE c.name = $name RETURN count(c) AS n', {
      name: "x' OR 1=1 WITH c MATCH (n) DETACH DELETE n //",
    });
    expect(reply.data!.runCypher.rows).toEqual([{ n: 0 }]);
    const quoted = await run("MATCH (c:Company) WHERE c.name = '\\' OR 1=1 //' RETURN count(c) AS n");
    expect(quoted.data!.runCypher.rows).toEqual([{ n: 0 }]);
    expect(codeOf(await run('RETURN $p', { 'p) RETURN 1 //': 1 }))).toBe('BAD_USER_INPUT');
  });

  it("refuses to read labels and link types that hold another case's records, until the user joins it", async () => {
    const lead = await t.user('investigator', 'cylead');
    const created = await t.gql<{ createCase: { id: string } }>(
      'mutation { createCase(input: {title: "Cypher scope"}) { id } }',
      {},
      lead.token,
    );
    const caseId = created.data!.createCase.id;
    const secret = `addr-t${t.suffix}cy`;
    await write(
      t.driver,
      `CREATE (a:Entity:Address {id: $a, text: 'Restricta street ${t.suffix}', caseId: $case})
       WITH a MATCH (c:Company {id: $c}) CREATE (c)-[:REGISTERED_AT {caseId: $case}]->(a)`,
      { a: secret, c: ids.company, case: caseId },
    );
    try {
      for (const q of [
        'MATCH (a:Address) RETURN a.text',
        'MATCH (a:Address) RETURN count(a)',
        'MATCH (c:Company)-[:REGISTERED_AT]->(x:Company) RETURN x',
        'MATCH (e:Entity {id: $id}) RETURN e',
      ]) {
        const reply = await run(q, { id: secret });
        expect(codeOf(reply), q).toBe('FORBIDDEN');
        expect(reply.text).not.toContain('Restricta');
      }
      // Labels and types without restricted records stay open.
      const open = await run('MATCH (c:Company {id: $id}) RETURN c.name AS name', { id: ids.company });
      expect(open.data!.runCypher.rows).toEqual([{ name: `Publica Trading ${t.suffix}` }]);
      await t.gql(
        `mutation { setCaseMember(caseId: "${caseId}", user: "${analyst.name}", role: VIEWER) { id } }`,
        {},
        lead.token,
      );
      const member = await run(
        'MATCH (c:Company {id: $id})-[:REGISTERED_AT]->(a:Address) RETURN a.text AS text',
        { id: ids.company },
      );
      expect(member.data!.runCypher.rows).toEqual([{ text: `Restricta street ${t.suffix}` }]);
    } finally {
      await write(t.driver, 'MATCH (a:Address {id: $a}) DETACH DELETE a', { a: secret });
    }
  });
});
