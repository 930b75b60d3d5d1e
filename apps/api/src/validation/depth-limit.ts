/**
 * Validation rule: refuses operations nested deeper than a limit, so a client cannot make the
 * server walk an arbitrarily deep selection. Introspection (`__schema`, `__type`) gets its own,
 * higher limit because the standard introspection query is deep but cheap. Fragment depths are
 * memoised, so nested spreads cannot make the measurement itself explode.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

type FragmentLookup = (name: string) => FragmentDefinitionNode | undefined | null;

/** Depth of a selection set: 1 for `{ a }`, 2 for `{ a { b } }`, fragments expanded. */
export function selectionDepth(
  set: SelectionSetNode | undefined,
  fragment: FragmentLookup,
  countIntrospection = false,
  memo = new Map<string, number>(),
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    let depth: number;
    if (selection.kind === Kind.FIELD) {
      if (!countIntrospection && selection.name.value.startsWith('__')) continue;
      depth = 1 + selectionDepth(selection.selectionSet, fragment, countIntrospection, memo);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragment, countIntrospection, memo);
    } else {
      const name = selection.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // a cycle; NoFragmentCycles reports it
        memo.set(name, selectionDepth(fragment(name)?.selectionSet, fragment, countIntrospection, memo));
      }
      depth = memo.get(name)!;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function tooDeep(node: import('graphql').OperationDefinitionNode, message: string) {
  return new GraphQLError(message, {
    nodes: [node],
    extensions: { code: 'BAD_USER_INPUT', reason: 'DEPTH_LIMIT' },
  });
}

/** A rule limiting operation depth to `maxDepth` (and introspection to `maxIntrospectionDepth`). */
export function depthLimitRule(maxDepth: number, maxIntrospectionDepth = 15) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragment = (name: string) => context.getFragment(name);
      const depth = selectionDepth(node.selectionSet, fragment);
      if (depth > maxDepth) {
        context.reportError(
          tooDeep(node, `The query is nested ${depth} levels deep; at most ${maxDepth} are allowed.`),
        );
        return;
      }
      const withIntrospection = selectionDepth(node.selectionSet, fragment, true);
      if (withIntrospection > maxIntrospectionDepth) {
        context.reportError(
          tooDeep(
            node,
            `The introspection query is nested ${withIntrospection} levels deep; at most ${maxIntrospectionDepth} are allowed.`,
          ),
        );
      }
    },
  });
}
