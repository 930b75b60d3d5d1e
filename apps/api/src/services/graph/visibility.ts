/**
 * Case-level access in Cypher. Records entered within a case carry `caseId` and are visible only
 * to its members; every node and link a graph query returns passes this filter, with the
 * viewer's cases always bound as `$visibleCaseIds` (see read-rows.ts).
 */
import { PROVENANCE_KEYS } from '@touchstone/domain';
import { ALL_GRAPH_FIELDS, type GraphFields } from './graph-fields';

/** `(x.caseId IS NULL OR x.caseId IN $visibleCaseIds)` for each variable. Variables come from code only. */
export function visible(...variables: string[]): string {
  return variables.map((v) => `(${v}.caseId IS NULL OR ${v}.caseId IN $visibleCaseIds)`).join(' AND ');
}

/** Every node and link of a path is visible. */
export function visiblePath(path: string): string {
  return (
    `all(x IN nodes(${path}) WHERE x.caseId IS NULL OR x.caseId IN $visibleCaseIds) AND ` +
    `all(x IN relationships(${path}) WHERE x.caseId IS NULL OR x.caseId IN $visibleCaseIds)`
  );
}

/**
 * Projection of a node for the graph builder. Without `fields.properties`, a named entity brings
 * only its name and case (all its label needs); the others, labelled from other facts, bring all.
 */
export const nodeMap = (v: string, fields: GraphFields = ALL_GRAPH_FIELDS): string => {
  const properties = fields.properties
    ? `properties(${v})`
    : `CASE WHEN ${v}.name <> '' THEN {name: ${v}.name, caseId: ${v}.caseId} ELSE properties(${v}) END`;
  return `{id: ${v}.id, labels: labels(${v}), properties: ${properties}}`;
};

/**
 * Projection of a link for the graph builder: its ends by entity id. Without `fields.properties`
 * it brings only its case and source (a money edge folded from transactions lists their sources)
 * and, when `fields.provenance`, the rest of its provenance.
 */
export const linkMap = (v: string, fields: GraphFields = ALL_GRAPH_FIELDS): string => {
  const kept = fields.provenance ? ['caseId', ...PROVENANCE_KEYS] : ['caseId', 'sourceId'];
  const properties = fields.properties
    ? `properties(${v})`
    : `{${kept.map((k) => `${k}: ${v}.${k}`).join(', ')}}`;
  return `{id: ${v}.id, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, properties: ${properties}}`;
};
