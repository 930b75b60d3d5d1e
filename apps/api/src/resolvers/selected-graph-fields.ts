/**
 * Reads from a request's selection which optional parts of nodes and links its reply shows, so
 * graph queries fetch only those (see services/graph/graph-fields.ts). A `properties` or
 * `provenance` field anywhere under the resolved field, fragments included, counts as selected:
 * a query may fetch more than it shows, never less.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { GraphFields } from '../services/graph/graph-fields';

/** The optional parts of nodes and links selected under the field being resolved. */
export function selectedGraphFields(info: GraphQLResolveInfo): GraphFields {
  const fields: GraphFields = { properties: false, provenance: false };
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === 'properties') fields.properties = true;
        if (selection.name.value === 'provenance') fields.provenance = true;
        visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!visited.has(selection.name.value)) {
        visited.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return fields;
}
