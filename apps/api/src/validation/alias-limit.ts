/**
 * Validation rule: caps the number of aliased fields in an operation (fragments counted where
 * they are spread), since aliases let one request ask for the same expensive field many times.
 * Fragment counts are memoised, so nested spreads cannot make the count itself explode.
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

/** Number of aliased fields under a selection set, fragments expanded at each spread. */
export function countAliases(
  set: SelectionSetNode | undefined,
  fragment: FragmentLookup,
  memo = new Map<string, number>(),
): number {
  if (!set) return 0;
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) count += 1;
      count += countAliases(selection.selectionSet, fragment, memo);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countAliases(selection.selectionSet, fragment, memo);
    } else {
      const name = selection.name.value;
      if (!memo.has(name)) {
        memo.set(name, 0); // a cycle counts 0; NoFragmentCycles reports it
        memo.set(name, countAliases(fragment(name)?.selectionSet, fragment, memo));
      }
      count += memo.get(name)!;
    }
    if (count > Number.MAX_SAFE_INTEGER / 2) return count;
  }
  return count;
}

/** A rule allowing at most `maxAliases` aliases per operation. */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const count = countAliases(node.selectionSet, (name) => context.getFragment(name));
      if (count > maxAliases) {
        context.reportError(
          new GraphQLError(`The query uses ${count} aliases; at most ${maxAliases} are allowed.`, {
            nodes: [node],
            extensions: { code: 'BAD_USER_INPUT', reason: 'ALIAS_LIMIT' },
          }),
        );
      }
    },
  });
}
