import { describe, expect, it } from 'vitest';
import { missingParams, parseCypherParams } from '../src/cypher-editor/cypher-params';

describe('Cypher parameters', () => {
  it('accepts a JSON object, and nothing as no parameters', () => {
    expect(parseCypherParams('{"name": "Ana", "limit": 10}')).toEqual({ params: { name: 'Ana', limit: 10 } });
    expect(parseCypherParams('  ')).toEqual({ params: {} });
  });

  it('explains bad JSON and JSON that is not an object', () => {
    const bad = parseCypherParams('{"name": ');
    expect('error' in bad && bad.error).toMatch(/^The parameters are not valid JSON \(.+\)\. Write an object such as/);
    expect(parseCypherParams('[1, 2]')).toEqual({
      error: 'The parameters must be a JSON object of named values, such as {"name": "Ana"}; the query reads them as $name.',
    });
  });

  it('lists the $names the query uses that the parameters lack, ignoring strings and comments', () => {
    const query = "MATCH (p:Person) WHERE p.name = $name AND p.note <> '$notParam' // $alsoNot\nRETURN p LIMIT $limit";
    expect(missingParams(query, { name: 'Ana' })).toEqual(['limit']);
    expect(missingParams(query, { name: 'Ana', limit: 5 })).toEqual([]);
  });
});
