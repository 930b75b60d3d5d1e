/**
 * What the caller of a graph operation reads of its nodes and links beyond their label and type.
 * A chart being filled needs neither every property nor the provenance of every link, and for a
 * small neighbourhood reading them is much of what the operation costs (temporal values above
 * all), so queries leave out what nobody asked for.
 */

/** Which optional parts of nodes and links a reply includes. */
export interface GraphFields {
  /** Every property of nodes and links (the details panel). */
  properties: boolean;
  /** Where each link comes from: its source document, who entered it, its grades. */
  provenance: boolean;
}

/** Everything: the default, and what every caller outside the GraphQL API gets. */
export const ALL_GRAPH_FIELDS: GraphFields = { properties: true, provenance: true };

/** A short key of `fields`, for caches of query text. */
export const graphFieldsKey = (fields: GraphFields): string =>
  `${fields.properties ? 'p' : '-'}${fields.provenance ? 'v' : '-'}`;
