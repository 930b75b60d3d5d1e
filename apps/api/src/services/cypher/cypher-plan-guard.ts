/**
 * The authority on whether an ad-hoc query may run, decided from its EXPLAIN plan (nothing runs):
 * - the query type must be read-only (`r`);
 * - every operator must be a known read operator — writes, LOAD CSV, batched transactions,
 *   administration commands and anything this list does not know are refused;
 * - nodes may only enter the query through scans and seeks of entity labels, and links only
 *   through scans and expansions of named domain link types — never through all-node scans,
 *   untyped expansions or id lookups, which could reach users, cases, charts or the audit log;
 * - none of those labels or types may be in the user's restricted scope (restricted-scope.ts).
 * A query passing these rules cannot bind any record the user may not see, so neither its rows
 * nor its aggregates (counts, degrees, existence tests) can depend on one.
 */
import { ENTITY_TYPES, LINK_TYPE_NAMES } from '@touchstone/domain';
import type { RestrictedScope } from './restricted-scope';

/** The part of a driver plan the guard reads. */
export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

/** Labels through which an ad-hoc query may find nodes. */
export const ENTITY_LABELS: ReadonlySet<string> = new Set([
  'Entity',
  ...Object.values(ENTITY_TYPES).flatMap((t) => t.labels),
]);
/** Link types an ad-hoc query may follow. */
export const DOMAIN_LINK_TYPES: ReadonlySet<string> = new Set(LINK_TYPE_NAMES);

const NODE_SOURCES = new Set([
  'NodeByLabelScan',
  'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan',
  'SubtractionNodeByLabelsScan',
  'NodeIndexSeek',
  'NodeUniqueIndexSeek',
  'MultiNodeIndexSeek',
  'AssertingMultiNodeIndexSeek',
  'NodeIndexSeekByRange',
  'NodeUniqueIndexSeekByRange',
  'NodeIndexContainsScan',
  'NodeIndexEndsWithScan',
  'NodeIndexScan',
  'NodeCountFromCountStore',
]);
const LINK_SOURCES = new Set([
  'DirectedRelationshipTypeScan',
  'UndirectedRelationshipTypeScan',
  'DirectedUnionRelationshipTypesScan',
  'UndirectedUnionRelationshipTypesScan',
  'DirectedRelationshipIndexSeek',
  'UndirectedRelationshipIndexSeek',
  'DirectedRelationshipIndexScan',
  'UndirectedRelationshipIndexScan',
  'DirectedRelationshipIndexContainsScan',
  'UndirectedRelationshipIndexContainsScan',
  'DirectedRelationshipIndexEndsWithScan',
  'UndirectedRelationshipIndexEndsWithScan',
  'DirectedRelationshipIndexSeekByRange',
  'UndirectedRelationshipIndexSeekByRange',
  'DirectedRelationshipUniqueIndexSeek',
  'UndirectedRelationshipUniqueIndexSeek',
  'DirectedRelationshipUniqueIndexSeekByRange',
  'UndirectedRelationshipUniqueIndexSeekByRange',
  'RelationshipCountFromCountStore',
  'Expand',
  'OptionalExpand',
  'VarLengthExpand',
  'PruningVarLengthExpand',
  'BFSPruningVarLengthExpand',
  'ShortestPath',
]);
/** Operators that only combine, filter, order or project what other operators found. */
const PASSIVE = new Set([
  'ProduceResults',
  'Projection',
  'Filter',
  'Argument',
  'Apply',
  'SemiApply',
  'AntiSemiApply',
  'LetSemiApply',
  'LetAntiSemiApply',
  'SelectOrSemiApply',
  'SelectOrAntiSemiApply',
  'LetSelectOrSemiApply',
  'LetSelectOrAntiSemiApply',
  'RollUpApply',
  'ConditionalApply',
  'AntiConditionalApply',
  'CartesianProduct',
  'NodeHashJoin',
  'ValueHashJoin',
  'NodeLeftOuterHashJoin',
  'NodeRightOuterHashJoin',
  'Union',
  'OrderedUnion',
  'Distinct',
  'OrderedDistinct',
  'Aggregation',
  'OrderedAggregation',
  'EagerAggregation',
  'Sort',
  'PartialSort',
  'Top',
  'PartialTop',
  'Skip',
  'Limit',
  'ExhaustiveLimit',
  'Unwind',
  'Optional',
  'Eager',
  'EmptyRow',
  'Anti',
  'CacheProperties',
  'AssertSameNode',
  'AssertSameRelationship',
  'TriadicSelection',
  'TriadicBuild',
  'TriadicFilter',
  'ProjectEndpoints',
  'Selection',
]);

/** Why a plan may not run, or undefined when it may. */
export function planViolation(
  queryType: string | undefined,
  plan: PlanNode,
  scope: RestrictedScope,
): string | undefined {
  if (queryType !== 'r')
    return `Ad-hoc Cypher is read-only; this query is of type "${queryType ?? 'unknown'}" (it writes or changes the schema).`;
  const stack = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    stack.push(...node.children);
    const problem = operatorViolation(node, scope);
    if (problem) return problem;
  }
  return undefined;
}

const baseName = (operatorType: string) => operatorType.replace(/@.*$/, '').replace(/\(.*\)$/, '');
const detailsOf = (node: PlanNode) => String(node.arguments?.Details ?? node.arguments?.details ?? '');

function operatorViolation(node: PlanNode, scope: RestrictedScope): string | undefined {
  const op = baseName(node.operatorType);
  const details = detailsOf(node);
  if (op === 'AllNodesScan')
    return 'Start from a label (e.g. MATCH (p:Person …)): scanning every node is not allowed in ad-hoc Cypher.';
  if (/ById|ByElementId/.test(op))
    return 'Look entities up by their id property (e.g. {id: $id}), not by internal node or relationship ids.';
  if (/AllRelationshipsScan/.test(op)) return UNTYPED;
  if (op === 'StatefulShortestPath' || /Repeat|Trail/.test(op))
    return 'SHORTEST and quantified path patterns are not supported in ad-hoc Cypher; use shortestPath() with link types, or the shortestPaths operation.';
  if (op !== 'ProjectEndpoints') {
    const problem = patternViolation(details, scope);
    if (problem) return problem;
  }
  if (op === 'ProcedureCall') return procedureViolation(details, scope);
  if (NODE_SOURCES.has(op)) return labelViolation(op, details, scope);
  if (LINK_SOURCES.has(op)) return linkSourceViolation(op, details, scope);
  if (PASSIVE.has(op)) return undefined;
  return `Ad-hoc Cypher cannot use the operation ${op} (only reading queries over entities and their links are allowed).`;
}

const UNTYPED =
  'Name the link types to follow (e.g. -[:OWNS]->): untyped links are not allowed in ad-hoc Cypher.';

/** Every relationship pattern written in an operator's details must name allowed, unrestricted types. */
function patternViolation(details: string, scope: RestrictedScope): string | undefined {
  if (/\)\s*(<--|-->|--)\s*\(/.test(details)) return UNTYPED;
  for (const m of details.matchAll(/-\[([^\]]*)\]-/g)) {
    const inner = m[1]!.replace(/\*.*$/, '');
    const colon = inner.indexOf(':');
    if (colon === -1) return UNTYPED;
    const problem = typesViolation(
      inner
        .slice(colon + 1)
        .replace(/\(.*$/, '')
        .split('|'),
      scope,
    );
    if (problem) return problem;
  }
  return undefined;
}

function typesViolation(types: string[], scope: RestrictedScope): string | undefined {
  for (const raw of types) {
    const type = raw.trim().replace(/^`|`$/g, '');
    if (!DOMAIN_LINK_TYPES.has(type))
      return `Ad-hoc Cypher can only follow the investigation's link types; ${type.slice(0, 60)} is not one of them.`;
    if (scope.types.has(type)) return restrictedMessage(`${type} links`);
  }
  return undefined;
}

function labelViolation(op: string, details: string, scope: RestrictedScope): string | undefined {
  const labels = [
    ...details.matchAll(/:\s*((?:`[^`]+`|[A-Za-z_]\w*)(?:\s*[|&]\s*!?\s*(?:`[^`]+`|[A-Za-z_]\w*))*)/g),
  ]
    .flatMap((m) => m[1]!.split(/[|&]/))
    .map((l) => l.replace(/[!\s`]/g, ''))
    .filter(Boolean);
  if (labels.length === 0) {
    return op === 'NodeCountFromCountStore'
      ? 'Count nodes of a label (e.g. MATCH (p:Person) RETURN count(p)), not all nodes.'
      : `Ad-hoc Cypher could not tell which labels ${op} reads; name a label.`;
  }
  for (const label of labels) {
    if (!ENTITY_LABELS.has(label))
      return `Ad-hoc Cypher can only read the investigation's entities; ${label.slice(0, 60)} is not an entity label.`;
    if (scope.labels.has(label)) return restrictedMessage(`${label} nodes`);
  }
  return undefined;
}

function linkSourceViolation(op: string, details: string, scope: RestrictedScope): string | undefined {
  if (!/-\[[^\]]*\]-/.test(details))
    return `Ad-hoc Cypher could not tell which link types ${op} follows; name them.`;
  if (op === 'RelationshipCountFromCountStore' || /Index/.test(op)) {
    const labels = [...details.matchAll(/\(\s*\w*\s*:\s*([A-Za-z_]\w*)/g)].map((m) => m[1]!);
    for (const label of labels)
      if (!ENTITY_LABELS.has(label) || scope.labels.has(label)) return labelViolation(op, `:${label}`, scope);
  }
  return undefined;
}

function procedureViolation(details: string, scope: RestrictedScope): string | undefined {
  const name = /^\s*([\w.]+)\s*\(/.exec(details)?.[1] ?? '';
  const allowed = [
    'db.index.fulltext.queryNodes',
    'db.labels',
    'db.relationshipTypes',
    'db.propertyKeys',
    'db.schema.visualization',
  ];
  if (!allowed.includes(name)) return `Ad-hoc Cypher cannot call the procedure ${name || '(unknown)'}.`;
  if (name === 'db.index.fulltext.queryNodes' && scope.labels.size > 0)
    return restrictedMessage('full-text search results');
  return undefined;
}

function restrictedMessage(what: string): string {
  return (
    `This query reads ${what}, and some of those belong to cases you are not a member of. Ad-hoc Cypher cannot filter them out, ` +
    'so it is refused; use search, expand or the canned queries (which do), or ask to be added to the case.'
  );
}
