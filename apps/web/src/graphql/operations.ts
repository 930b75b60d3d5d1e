/** The GraphQL documents the workbench sends, one per operation. */
import { GRAPH_FIELDS, NODE_FIELDS } from './fragments';

export const SIGN_IN = `mutation SignIn($name: String!, $password: String!) {
  signIn(name: $name, password: $password) { token expiresAt name role } }`;

export const ME = `query Me { me { name role cases { caseId role } } }`;

export const SEARCH = `query Search($text: String!, $types: [String!], $limit: Int, $after: String) {
  search(text: $text, types: $types, limit: $limit, after: $after) { hits { score node { ${NODE_FIELDS} } } nextCursor } }`;

export const ENTITY = `query Entity($id: ID!, $linksPerType: Int) {
  entity(id: $id, linksPerType: $linksPerType) {
    node { ${NODE_FIELDS} }
    links { type direction count links { edge { key source target attributes { type label } } other { key attributes { label type } } } }
    sources { ${NODE_FIELDS} } } }`;

export const EXPAND = `query Expand($ids: [ID!]!, $depth: Int, $linkTypes: [String!], $entityTypes: [String!],
  $direction: LinkDirection, $from: String, $until: String, $limit: Int, $perNode: Int) {
  expand(ids: $ids, depth: $depth, linkTypes: $linkTypes, entityTypes: $entityTypes, direction: $direction,
    from: $from, until: $until, limit: $limit, perNode: $perNode) {
    graph { ${GRAPH_FIELDS} } truncated omittedTotal omitted { linkType entityType count } } }`;

export const SUBGRAPH = `query Subgraph($ids: [ID!]!) { subgraph(ids: $ids) { ${GRAPH_FIELDS} } }`;

export const SHORTEST_PATHS = `query ShortestPaths($from: ID!, $to: ID!, $maxHops: Int, $k: Int) {
  shortestPaths(from: $from, to: $to, maxHops: $maxHops, k: $k) { paths { length nodeIds edgeKeys } graph { ${GRAPH_FIELDS} } } }`;

export const MONEY_TRAIL = `query MoneyTrail($from: ID!, $direction: TrailDirection, $since: String, $until: String,
  $maxHops: Int, $minAmountUsd: Float, $maxDwellDays: Float, $tolerance: Float) {
  moneyTrail(from: $from, direction: $direction, since: $since, until: $until, maxHops: $maxHops,
    minAmountUsd: $minAmountUsd, maxDwellDays: $maxDwellDays, tolerance: $tolerance) {
    startAccountIds hops { transactionId from to amountUsd timestamp step edgeKey }
    endpoints { accountId totalUsd transfers minSteps terminal holderIds }
    cycles { accountIds transactionIds } truncated graph { ${GRAPH_FIELDS} } } }`;

export const METAL_TRAIL = `query MetalTrail($from: ID!) {
  metalTrail(from: $from) { startId startType totalFineKg truncated
    steps { stage entityId fineKg shipments capacityKgPerYear seizedKg }
    shipments { id date fineKg trailFineKg route }
    graph { ${GRAPH_FIELDS} } } }`;

export const OWNERSHIP = `query Ownership($id: ID!, $threshold: Float) {
  ownership(id: $id, threshold: $threshold) { threshold truncated cycles
    owners { id effectiveShare directShare ultimate naturalPerson beneficialOwner maxDepth node { key attributes { label type } } }
    graph { ${GRAPH_FIELDS} } } }`;

export const CANNED_QUERIES = `query CannedQueries { cannedQueries { name area title description pattern patternDescription
  source returns cypher parameters { name type description required default min max } } }`;

export const RUN_CANNED_QUERY = `query RunCannedQuery($name: String!, $params: JSON, $rowLimit: Int) {
  runCannedQuery(name: $name, params: $params, rowLimit: $rowLimit) { name columns rows truncated elapsedMs params
    graph { ${GRAPH_FIELDS} } } }`;

export const RUN_CYPHER = `query RunCypher($query: String!, $params: JSON, $rowLimit: Int) {
  runCypher(query: $query, params: $params, rowLimit: $rowLimit) { columns rows truncated withheldRows
    graph { ${GRAPH_FIELDS} } } }`;

export const STATISTICS = `query Statistics($groupBy: StatisticsGroupBy!, $from: String, $until: String) {
  statistics(groupBy: $groupBy, from: $from, until: $until) {
    groups { key label
      seizures { count kg valueUsd ids idsComplete } prosecutions { count kg valueUsd ids idsComplete }
      exports { count kg valueUsd ids idsComplete } imports { count kg valueUsd ids idsComplete }
      verdicts { verdict count ids } }
    totals { key label seizures { count kg valueUsd } prosecutions { count valueUsd } exports { count kg valueUsd } imports { count kg valueUsd } } } }`;

export const CASES = `query Cases { cases(limit: 100) { cases { id title description status updatedAt myRole entityCount
  members { user role } charts { id caseId name version updatedAt updatedBy } } } }`;

export const CREATE_CASE = `mutation CreateCase($input: CreateCaseInput!) { createCase(input: $input) { id title } }`;

export const SET_CASE_MEMBER = `mutation SetCaseMember($caseId: ID!, $user: String!, $role: CaseRole!) {
  setCaseMember(caseId: $caseId, user: $user, role: $role) { id members { user role } } }`;

export const ADD_CASE_ENTITIES = `mutation AddCaseEntities($caseId: ID!, $ids: [ID!]!) {
  addCaseEntities(caseId: $caseId, ids: $ids) { id entityCount } }`;

export const CASE_ENTITIES = `query CaseEntities($id: ID!) { case(id: $id) { id entities(limit: 500) { id type label } } }`;

export const CHART = `query Chart($id: ID!) { chart(id: $id) { id caseId name version updatedAt updatedBy document } }`;

export const SAVE_CHART = `mutation SaveChart($caseId: ID!, $input: SaveChartInput!) {
  saveChart(caseId: $caseId, input: $input) { id caseId name version updatedAt updatedBy document } }`;

export const STATISTICS_DASHBOARD = `query StatisticsDashboard($groupBy: StatisticsGroupBy!, $from: String, $until: String, $idsPerFigure: Int) {
  statistics(groupBy: $groupBy, from: $from, until: $until, idsPerFigure: $idsPerFigure) {
    groups { key label
      seizures { count kg valueUsd ids idsComplete } prosecutions { count kg valueUsd ids idsComplete }
      exports { count kg valueUsd ids idsComplete } imports { count kg valueUsd ids idsComplete }
      verdicts { verdict count ids } }
    totals { key label seizures { count kg valueUsd } prosecutions { count valueUsd } exports { count kg valueUsd }
      imports { count kg valueUsd } verdicts { verdict count } } } }`;
