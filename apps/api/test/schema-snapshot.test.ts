import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema, headerAsComment } from '../src/schema/load-schema';

describe('the GraphQL schema', () => {
  it('matches the committed snapshot (run vitest -u after an intended change, and review the diff)', async () => {
    await expect(printSchema(buildApiSchema())).toMatchFileSnapshot('./snapshots/schema.graphql');
  });

  it('has a resolver for every root field', () => {
    const schema = buildApiSchema();
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields()))
        expect(field.resolve, `${root.name}.${field.name}`).toBeTypeOf('function');
    }
  });

  it('reads a block header before `extend` as a comment', () => {
    expect(headerAsComment('"""\nArea.\n"""\nextend type Query { a: Int }')).toBe(
      '# \n# Area.\n# \nextend type Query { a: Int }',
    );
    expect(headerAsComment('"A type."\ntype A { a: Int }')).toBe('"A type."\ntype A { a: Int }');
  });
});
