/**
 * Case-level access in Cypher. Records entered within a case carry `caseId` and are visible only
 * to its members; every node and link a graph query returns passes this filter, with the
 * viewer's cases always bound as `$visibleCaseIds` (see read-rows.ts).
 */

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

/** Projection of a node for the graph builder. */
export const nodeMap = (v: string): string =>
  `{id: ${v}.id, labels: labels(${v}), properties: properties(${v})}`;

/** Projection of a link for the graph builder: its ends by entity id. */
export const linkMap = (v: string): string =>
  `{id: ${v}.id, type: type(${v}), from: startNode(${v}).id, to: endNode(${v}).id, properties: properties(${v})}`;
