// Which optional parts of nodes and links a request selects, read from real GraphQL executions.
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedGraphFields } from '../src/resolvers/selected-graph-fields';
import type { GraphFields } from '../src/services/graph/graph-fields';

const schema = buildSchema(`
  type Query { expand: Reply, other: Reply }
  type Reply { graph: Graph, truncated: Boolean }
  type Graph { nodes: [Node], edges: [Edge] }
  type Node { key: ID, attributes: NodeAttributes }
  type NodeAttributes { label: String, type: String, properties: String }
  type Edge { key: ID, attributes: EdgeAttributes }
  type EdgeAttributes { type: String, properties: String, provenance: Provenance }
  type Provenance { sourceId: ID, grade: String }
`);

/** What the `expand` resolver saw selected for `source`. */
async function seenBy(source: string): Promise<GraphFields> {
  let seen: GraphFields | undefined;
  const result = await graphql({
    schema,
    source,
    rootValue: {
      expand: (_args: unknown, _ctx: unknown, info: Parameters<typeof selectedGraphFields>[0]) => {
        seen = selectedGraphFields(info);
        return { graph: { nodes: [], edges: [] } };
      },
      other: () => ({}),
    },
  });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('selected graph fields', () => {
  it('asks for neither when only labels and types are shown', async () => {
    expect(
      await seenBy(
        '{ expand { truncated graph { nodes { key attributes { label type } } edges { key } } } }',
      ),
    ).toEqual({ properties: false, provenance: false });
  });

  it('finds properties and provenance wherever they are selected', async () => {
    expect(await seenBy('{ expand { graph { nodes { attributes { properties } } } } }')).toEqual({
      properties: true,
      provenance: false,
    });
    expect(await seenBy('{ expand { graph { edges { attributes { provenance { grade } } } } } }')).toEqual({
      properties: false,
      provenance: true,
    });
  });

  it('looks inside named and inline fragments, each named one once', async () => {
    const source = `
      query { expand { graph { nodes { ...N } edges { ... on Edge { attributes { ...P } } } } } }
      fragment N on Node { key attributes { label } }
      fragment P on EdgeAttributes { provenance { sourceId } properties }`;
    expect(await seenBy(source)).toEqual({ properties: true, provenance: true });
  });

  it('reads only under the field being resolved, not its siblings', async () => {
    const source = '{ expand { truncated } other { graph { nodes { attributes { properties } } } } }';
    expect(await seenBy(source)).toEqual({ properties: false, provenance: false });
  });
});
