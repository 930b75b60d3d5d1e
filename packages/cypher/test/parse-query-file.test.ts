import { describe, expect, it } from 'vitest';
import { parseQueryFile } from '../src/parse-query-file';

const header = (params: string[], extra = '') => `// @name        sample-query
// @title       A sample
// @description First line
//              second line.
// @pattern     MONEY_FAN_IN
// @source      TYPOLOGIES.md A2
${params.map((p) => `// @param       ${p}`).join('\n')}
// @returns     one row per account
${extra}`;

const body = `MATCH (a:BankAccount)
WHERE a.caseId IS NULL OR a.caseId IN $visibleCaseIds
RETURN a.id LIMIT $limit`;

describe('parseQueryFile', () => {
  it('reads the header, joins continuation lines and types the parameters', () => {
    const { query, problems } = parseQueryFile(
      header(['limit: integer = 100 [1, 1000] -- most rows'], body),
      'money/sample-query.cypher',
    );
    expect(problems).toEqual([]);
    expect(query).toMatchObject({
      name: 'sample-query',
      area: 'money',
      title: 'A sample',
      description: 'First line second line.',
      pattern: 'MONEY_FAN_IN',
      returns: 'one row per account',
      parameters: [
        {
          name: 'limit',
          type: 'integer',
          default: 100,
          required: false,
          min: 1,
          max: 1000,
          description: 'most rows',
        },
      ],
    });
  });

  it('reads optional, required, list and text parameters with defaults in JSON', () => {
    const text = header(
      [
        'accountId: id -- the account',
        'note: string? -- a remark',
        'kinds: string[] = ["WIRE", "CASH_DEPOSIT"] [1, 5] -- channels',
        'label: string = "a -- b" -- text with a dash pair',
        'limit: integer = 10 -- rows',
      ],
      `${body} // $accountId $note $kinds $label in a comment do not count\nRETURN $accountId, $note, $kinds, $label`,
    );
    const { query, problems } = parseQueryFile(text, 'money/sample-query.cypher');
    expect(problems).toEqual([]);
    const byName = Object.fromEntries(query!.parameters.map((p) => [p.name, p]));
    expect(byName.accountId).toMatchObject({ type: 'id', required: true });
    expect(byName.accountId!.default).toBeUndefined();
    expect(byName.note).toMatchObject({ type: 'string', required: false, default: null });
    expect(byName.kinds).toMatchObject({
      type: 'string[]',
      default: ['WIRE', 'CASH_DEPOSIT'],
      min: 1,
      max: 5,
    });
    expect(byName.label).toMatchObject({ default: 'a -- b', description: 'text with a dash pair' });
  });

  it('fails when a parameter is used but not declared, or declared but not used', () => {
    const { query, problems } = parseQueryFile(
      header(
        ['limit: integer = 1 -- rows', 'unused: float = 1 -- never used'],
        `${body}\nRETURN $undeclared`,
      ),
      'money/sample-query.cypher',
    );
    expect(query).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        '$undeclared is used but not declared',
        'parameter unused is declared but not used',
      ]),
    );
  });

  it('ignores $words inside strings, back-quoted names and comments', () => {
    const text = header(
      ['limit: integer = 1 -- rows'],
      `${body}\nRETURN '$notParam' AS \`$alsoNot\` /* $nor */`,
    );
    expect(parseQueryFile(text, 'money/sample-query.cypher').problems).toEqual([]);
  });

  it('demands the case filter, a matching name and the required tags', () => {
    const text = `// @name other-name\n// @title T\nMATCH (n) RETURN n`;
    const { problems } = parseQueryFile(text, 'money/sample-query.cypher');
    expect(problems).toEqual(
      expect.arrayContaining([
        'the header lacks @description',
        'the header lacks @source',
        'the header lacks @returns',
        '@name other-name does not match the file name sample-query.cypher',
        'the query must filter what it returns by case with $visibleCaseIds',
      ]),
    );
  });

  it('refuses writes, non-read procedures, unknown types, patterns and defaults out of bounds', () => {
    const text = header(
      ['limit: integer = 5000 [1, 1000] -- rows', 'x: money -- bad type'],
      `${body}\nCREATE (n:Entity)\nWITH n CALL apoc.periodic.iterate('a', 'b', {}) YIELD batches\nSET n.x = 1 RETURN n`,
    ).replace('MONEY_FAN_IN', 'NOT_A_PATTERN');
    const { problems } = parseQueryFile(text, 'money/sample-query.cypher');
    expect(problems).toEqual(
      expect.arrayContaining([
        'parameter limit has a default that must be a number at most 1000, got 5000',
        expect.stringContaining('parameter x has unknown type "money"'),
        '@pattern NOT_A_PATTERN is not a pattern code of the domain',
        'the library is read-only, but the query holds CREATE, SET, CALL apoc.periodic.iterate',
      ]),
    );
  });

  it('does not mistake property names or strings for write clauses', () => {
    const text = header(
      ['limit: integer = 1 -- rows'],
      `${body}\nWITH 'CREATE (x)' AS s MATCH (m) WHERE m.set = 1 AND m.remove IS NULL RETURN s`,
    );
    expect(parseQueryFile(text, 'money/sample-query.cypher').problems).toEqual([]);
  });

  it('refuses to let a query declare the parameters the API supplies', () => {
    const { problems } = parseQueryFile(
      header(['limit: integer = 1 -- rows', 'visibleCaseIds: string[] = [] -- no'], body),
      'money/sample-query.cypher',
    );
    expect(problems).toContain('parameter visibleCaseIds is supplied by the API and must not be declared');
  });
});
