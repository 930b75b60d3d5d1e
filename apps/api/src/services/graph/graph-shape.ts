/**
 * The one graph shape every graph operation returns: graphology's serialised format, so a client
 * loads a result with `Graph.from(result)` (or `new MultiDirectedGraph().import(result)`) and
 * hands it to sigma. Money between two accounts is one aggregated `PAID` edge, not a node per
 * transaction; fact links carry their provenance.
 */

/** A plain value, as `toPlain` of @touchstone/neo4j returns it: what JSON can hold. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Where a fact came from: the source document and who entered it, with its i2 grades. */
export interface Provenance {
  sourceId: string | null;
  sourceTitle: string | null;
  sourceKind: string | null;
  sourceDate: string | null;
  enteredBy: string | null;
  enteredAt: string | null;
  sourceReliability: string | null;
  infoReliability: string | null;
  /** e.g. `B2`; null when ungraded. */
  grade: string | null;
}

/** The transactions between two accounts, aggregated into one edge. */
export interface MoneyFlow {
  count: number;
  totalUsd: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Ids of the transactions (at most MAX_TRANSACTION_IDS; `complete` says whether all are here). */
  transactionIds: string[];
  complete: boolean;
  /** Source documents of the transactions' SENT links. */
  sourceIds: string[];
}

export interface NodeAttributes {
  /** The name, number or title shown on a chart. */
  label: string;
  /** Main entity type, e.g. `Official`. */
  type: string;
  /** Every type label, e.g. `['Person', 'Official']`. */
  types: string[];
  /** Case the entity was entered in, when restricted. */
  caseId: string | null;
  properties: { [key: string]: Plain };
}

export interface EdgeAttributes {
  /** Link type, or `PAID` for aggregated money. */
  type: string;
  label: string;
  caseId: string | null;
  /** Properties other than provenance. */
  properties: { [key: string]: Plain };
  provenance: Provenance | null;
  money: MoneyFlow | null;
}

export interface GraphNode {
  key: string;
  attributes: NodeAttributes;
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** graphology's serialised graph. */
export interface SerializedGraph {
  attributes: { kind: string; truncated: boolean };
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Most transaction ids carried by one aggregated money edge. */
export const MAX_TRANSACTION_IDS = 500;

/** Edge type of aggregated money. */
export const PAID = 'PAID';

/** Key of the aggregated money edge from one account to another. */
export const paidKey = (from: string, to: string): string => `paid:${from}>${to}`;
