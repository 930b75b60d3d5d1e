/**
 * The cost of an operation before it runs: one point per field (ten per root field, which reach
 * the database), multiplied under lists by how many items they may return — the `limit` or
 * `first` argument when the field has one (a page's lists inherit its limit), a default
 * otherwise. Fragments are memoised so nested spreads cannot make the estimate itself explode.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type FieldNode,
} from 'graphql';

/** Items assumed for a list field without a limit argument. */
export const DEFAULT_LIST_SIZE = 10;
/** Weight of a root field (each is at least one database round trip). */
export const ROOT_FIELD_COST = 10;
const LIMIT_ARGUMENTS = ['limit', 'first'];
const MAX_FACTOR = 100_000;

interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function limitOf(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): number | undefined {
  for (const name of LIMIT_ARGUMENTS) {
    const def = field.args.find((a) => a.name === name);
    if (!def) continue;
    const given = node.arguments?.find((a) => a.name.value === name);
    const value = given ? valueFromAST(given.value, def.type, variables) : def.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value))
      return Math.min(Math.max(Math.ceil(value), 1), MAX_FACTOR);
    return DEFAULT_LIST_SIZE;
  }
  return undefined;
}

function fieldsOf(type: GraphQLCompositeType): Record<string, GraphQLField<unknown, unknown>> {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
}

/** The estimated cost of one operation. */
export function operationCost({ schema, operation, fragments, variables }: CostInput): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const memo = new Map<string, number>();

  const costOf = (
    set: SelectionSetNode | undefined,
    type: GraphQLCompositeType,
    inherited: number | undefined,
    isRoot: boolean,
  ): number => {
    if (!set) return 0;
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldsOf(type)[selection.name.value];
        if (!field) {
          total += 1;
          continue;
        }
        const limit = limitOf(field, selection, variables);
        const list = isListType(getNullableType(field.type));
        const named = getNamedType(field.type);
        const child = isCompositeType(named) ? named : undefined;
        let factor = 1;
        let passOn: number | undefined;
        if (list) factor = limit ?? inherited ?? DEFAULT_LIST_SIZE;
        else passOn = limit ?? inherited;
        const inner = child ? costOf(selection.selectionSet, child, passOn, false) : 0;
        total += (isRoot ? ROOT_FIELD_COST : 1) + factor * inner;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        total += costOf(
          selection.selectionSet,
          isCompositeType(condition) ? condition : type,
          inherited,
          isRoot,
        );
      } else {
        const key = `${selection.name.value}|${inherited ?? ''}|${isRoot}`;
        if (!memo.has(key)) {
          memo.set(key, 0); // a cycle; validation reports it
          const fragment = fragments[selection.name.value];
          const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
          memo.set(
            key,
            fragment
              ? costOf(
                  fragment.selectionSet,
                  isCompositeType(condition) ? condition : type,
                  inherited,
                  isRoot,
                )
              : 0,
          );
        }
        total += memo.get(key)!;
      }
      if (total > Number.MAX_SAFE_INTEGER / MAX_FACTOR) return total;
    }
    return total;
  };

  return costOf(operation.selectionSet, root, undefined, true);
}
