/** GraphQL selections shared by every operation that returns a graph. */

export const PROVENANCE_FIELDS = `sourceId sourceTitle sourceKind sourceDate enteredBy enteredAt sourceReliability infoReliability grade`;

export const NODE_FIELDS = `key attributes { label type types caseId properties }`;

export const EDGE_FIELDS = `key source target attributes { type label caseId properties
  provenance { ${PROVENANCE_FIELDS} }
  money { count totalUsd firstAt lastAt transactionIds complete sourceIds } }`;

export const GRAPH_FIELDS = `attributes { kind truncated } nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }`;
