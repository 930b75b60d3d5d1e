import {
  Kind,
  buildSchema,
  parse,
  validate,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { aliasLimitRule, countAliases } from '../src/validation/alias-limit';
import { depthLimitRule } from '../src/validation/depth-limit';
import { operationCost } from '../src/validation/operation-cost';
import { findLongString, longestStringLiteral } from '../src/validation/string-size';

const schema = buildSchema(`
  type Query { me: User!, users(limit: Int = 20): [User!]!, page(limit: Int = 50): Page!, node(id: ID!): User }
  type Page { items: [User!]!, total: Int! }
  type User { name: String!, friends: [User!]!, best: User, posts(first: Int): [Post!]! }
  type Post { title: String! }
`);

const errorsOf = (query: string, rules = [depthLimitRule(5), aliasLimitRule(3)]) =>
  validate(schema, parse(query), rules).map((e) => e.extensions?.reason);

function cost(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return operationCost({ schema, operation, fragments, variables });
}

describe('depth limit', () => {
  it('accepts a query at the limit and refuses one a level deeper, fragments included', () => {
    expect(errorsOf('{ me { best { best { best { name } } } } }')).toEqual([]);
    expect(errorsOf('{ me { best { best { best { best { name } } } } } }')).toEqual(['DEPTH_LIMIT']);
    expect(
      errorsOf('{ me { ...F } } fragment F on User { best { best { best { best { name } } } } }'),
    ).toEqual(['DEPTH_LIMIT']);
  });

  it('refuses a query 50 levels deep', () => {
    const query = `{ me ${'{ best '.repeat(49)}{ name }${' }'.repeat(49)} }`;
    expect(errorsOf(query)).toContain('DEPTH_LIMIT');
  });

  it('gives introspection its own, higher limit', () => {
    expect(errorsOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toEqual([]);
  });
});

describe('alias limit', () => {
  it('counts aliases, also where a fragment is spread several times', () => {
    expect(errorsOf('{ a: me { name } b: me { name } c: me { name } }')).toEqual([]);
    expect(errorsOf('{ a: me { name } b: me { name } c: me { name } d: me { name } }')).toEqual([
      'ALIAS_LIMIT',
    ]);
    expect(errorsOf('{ me { ...F best { ...F } } } fragment F on User { x: name y: name }')).toEqual([
      'ALIAS_LIMIT',
    ]);
  });

  it('refuses 1000 aliases', () => {
    expect(
      errorsOf(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { name }`).join(' ')} }`),
    ).toContain('ALIAS_LIMIT');
  });

  it('measures nested fragment spreads without blowing up', () => {
    // 40 fragments each spreading the next twice: 2^40 aliases if expanded naively.
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i} on User { a: name ...F${i + 1} b: best { ...F${i + 1} } }`,
    ).join('\n');
    const document = parse(`{ me { ...F0 } } ${fragments} fragment F40 on User { name }`);
    const byName = (n: string) =>
      document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === n,
      ) as FragmentDefinitionNode;
    const operation = document.definitions[0] as OperationDefinitionNode;
    const started = Date.now();
    expect(countAliases(operation.selectionSet, byName)).toBeGreaterThan(1e12);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('operation cost', () => {
  it('charges root fields ten and multiplies lists by their limit', () => {
    expect(cost('{ me { name } }')).toBe(11);
    expect(cost('{ users(limit: 100) { name } }')).toBe(10 + 100 * 1);
    expect(cost('query($n: Int) { users(limit: $n) { name } }', { n: 7 })).toBe(10 + 7);
    expect(cost('{ users { name } }')).toBe(10 + 20); // the argument's default
  });

  it("lets a page's lists inherit the page's limit and lists without one count ten", () => {
    expect(cost('{ page(limit: 200) { items { name } total } }')).toBe(10 + (1 + 200) + 1);
    expect(cost('{ me { friends { name } } }')).toBe(10 + 1 + 10);
    expect(cost('{ users(limit: 100) { friends { friends { name } } } }')).toBe(
      10 + 100 * (1 + 10 * (1 + 10)),
    );
  });
});

describe('string sizes', () => {
  it('finds the first long string in variables and literals', () => {
    expect(findLongString({ a: 'x', b: [{ c: 'y'.repeat(30) }] }, 20)).toEqual({
      path: 'variables.b.0.c',
      length: 30,
    });
    expect(findLongString({ a: 'short' }, 20)).toBeUndefined();
    expect(longestStringLiteral(parse('{ node(id: "abcdef") { name } }'))).toBe(6);
  });
});
