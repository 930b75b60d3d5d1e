/**
 * The `me` query and the scalars and enums shared by every area: who is asking (with their
 * cases), the JSON scalar, and the mapping of GraphQL role names to stored ones.
 */
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { audited } from '../audited';
import { readRecords } from '../db/transactions';

function literal(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    default:
      throw new GraphQLError('Not a JSON value.', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}

/** Any JSON value. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: object, list, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node, variables) => literal(node, variables),
});

export const viewerResolvers = {
  JSON: JsonScalar,
  Role: { ANALYST: 'analyst', INVESTIGATOR: 'investigator', PROSECUTOR: 'prosecutor', ADMIN: 'admin' },
  Query: {
    me: audited('me', async (_args: object, ctx) => {
      const records = await readRecords(
        ctx.driver,
        'MATCH (c:Case)-[m:HAS_MEMBER]->(:User {name: $name}) RETURN c.id AS caseId, m.role AS role ORDER BY c.updatedAt DESC',
        { name: ctx.user!.name },
      );
      return { ...ctx.user!, cases: records.map((r) => ({ caseId: r.get('caseId'), role: r.get('role') })) };
    }),
  },
};
