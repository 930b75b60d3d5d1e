/**
 * GraphQL documents of the graph operations, selecting every field, so a reply through the server
 * has the same shape as the service's result and tests can assert on either.
 */

const GRAPH = `attributes { kind truncated } options { type multi allowSelfLoops }
  nodes { key attributes { label type types caseId properties } }
  edges { key source target attributes { type label caseId properties
    provenance { sourceId sourceTitle sourceKind sourceDate enteredBy enteredAt sourceReliability infoReliability grade }
    money { count totalUsd firstAt lastAt transactionIds complete sourceIds } } }`;
const NODE = 'key attributes { label type types caseId properties }';
const EDGE = `key source target attributes { type label caseId properties
  provenance { sourceId sourceTitle sourceKind sourceDate enteredBy enteredAt sourceReliability infoReliability grade }
  money { count totalUsd firstAt lastAt transactionIds complete sourceIds } }`;
const FIGURE = 'count kg valueUsd ids idsComplete';

/** One document per operation; variables are the operation's arguments. */
export const DOCUMENTS = {
  subgraph: `query($ids: [ID!]!) { subgraph(ids: $ids) { ${GRAPH} } }`,
  search: `query($text: String!, $types: [String!], $limit: Int, $after: String) {
    search(text: $text, types: $types, limit: $limit, after: $after) { hits { node { ${NODE} } score } nextCursor graph { ${GRAPH} } } }`,
  entity: `query($id: ID!, $linksPerType: Int) {
    entity(id: $id, linksPerType: $linksPerType) { node { ${NODE} } links { type direction count links { edge { ${EDGE} } other { ${NODE} } } }
      sources { ${NODE} } graph { ${GRAPH} } } }`,
  expand: `query($ids: [ID!]!, $depth: Int, $linkTypes: [String!], $entityTypes: [String!], $direction: LinkDirection, $from: String, $until: String, $limit: Int, $perNode: Int) {
    expand(ids: $ids, depth: $depth, linkTypes: $linkTypes, entityTypes: $entityTypes, direction: $direction, from: $from, until: $until, limit: $limit, perNode: $perNode) {
      graph { ${GRAPH} } truncated omitted { linkType entityType count } omittedTotal cappedNodes { id total shown } } }`,
  shortestPaths: `query($from: ID!, $to: ID!, $maxHops: Int, $linkTypes: [String!], $k: Int) {
    shortestPaths(from: $from, to: $to, maxHops: $maxHops, linkTypes: $linkTypes, k: $k) { paths { length nodeIds edgeKeys } graph { ${GRAPH} } } }`,
  moneyTrail: `query($from: ID!, $direction: TrailDirection, $since: String, $until: String, $maxHops: Int, $minAmountUsd: Float, $maxDwellDays: Float, $tolerance: Float, $maxPaths: Int) {
    moneyTrail(from: $from, direction: $direction, since: $since, until: $until, maxHops: $maxHops, minAmountUsd: $minAmountUsd, maxDwellDays: $maxDwellDays, tolerance: $tolerance, maxPaths: $maxPaths) {
      startAccountIds hops { transactionId from to amountUsd timestamp step edgeKey }
      endpoints { accountId totalUsd transfers minSteps terminal holderIds } cycles { accountIds transactionIds } truncated graph { ${GRAPH} } } }`,
  metalTrail: `query($from: ID!) {
    metalTrail(from: $from) { startId startType totalFineKg
      shipments { id date commodity transportMode materialType fineKg trailFineKg exporterIds consigneeIds route refinerIds seizureIds courierIds sampleIds originMines { mineId fineKg } }
      steps { stage entityId fineKg shipments capacityKgPerYear seizedKg } truncated graph { ${GRAPH} } } }`,
  ownership: `query($id: ID!, $threshold: Float, $asOf: String) {
    ownership(id: $id, threshold: $threshold, asOf: $asOf) { subject { ${NODE} }
      owners { id node { ${NODE} } effectiveShare directShare ultimate naturalPerson beneficialOwner maxDepth chains { nodeIds share } }
      cycles threshold truncated graph { ${GRAPH} } } }`,
  cannedQueries: `query { cannedQueries { name area title description pattern patternDescription source returns
    parameters { name type description required default min max } cypher } }`,
  runCannedQuery: `query($name: String!, $params: JSON, $rowLimit: Int, $timeoutSeconds: Int) {
    runCannedQuery(name: $name, params: $params, rowLimit: $rowLimit, timeoutSeconds: $timeoutSeconds) { name columns rows truncated elapsedMs params graph { ${GRAPH} } } }`,
  statistics: `query($groupBy: StatisticsGroupBy!, $from: String, $until: String, $countries: [String!], $commodity: String, $idsPerFigure: Int) {
    statistics(groupBy: $groupBy, from: $from, until: $until, countries: $countries, commodity: $commodity, idsPerFigure: $idsPerFigure) { groupBy
      groups { key label seizures { ${FIGURE} } prosecutions { ${FIGURE} } verdicts { verdict ${FIGURE} } exports { ${FIGURE} } imports { ${FIGURE} } }
      totals { key label seizures { ${FIGURE} } prosecutions { ${FIGURE} } verdicts { verdict ${FIGURE} } exports { ${FIGURE} } imports { ${FIGURE} } } } }`,
} as const;

/** An operation of the graph API. */
export type GraphOperation = keyof typeof DOCUMENTS;
