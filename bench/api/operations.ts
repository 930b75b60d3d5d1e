/**
 * The three benchmarked operations as request bodies for both APIs: the same inputs, each API
 * asked for what a chart needs from it. Ours caps super-nodes and aggregates money; the peer
 * returns whatever its nested relationship fields hold.
 */
import type { Workload } from './workload';

/** A benchmarked operation. */
export type Operation = 'search' | 'expand' | 'shortestPaths';
export const OPERATIONS: Operation[] = ['search', 'expand', 'shortestPaths'];

const OURS: Record<Operation, string> = {
  search: `query($text: String!) { search(text: $text, limit: 20) { hits { score node { key attributes { label type } } } nextCursor } }`,
  expand: `query($id: ID!) { expand(ids: [$id], depth: 2, perNode: 50, limit: 500) {
    graph { nodes { key attributes { label type } } edges { key source target attributes { type } } } truncated omittedTotal } }`,
  shortestPaths: `query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, maxHops: 6) { paths { length nodeIds edgeKeys } } }`,
};

const party =
  'id name owns { id name } directorOf { id name } accounts { id accountNumber } addresses { id text }';
const PEER: Record<Operation, string> = {
  search: `query($text: String!) { searchPeople(phrase: $text, first: 20) { edges { score node { id name } } } }`,
  expand: `query($id: ID!) { people(where: { id: { eq: $id } }) {
    id name
    owns { ${party} ownedBy { id name } directors { id name } exported { id fineKg } }
    directorOf { ${party} ownedBy { id name } directors { id name } exported { id fineKg } }
    accounts { id accountNumber holders { id name } sent { id amountUsd } received { id amountUsd } }
    familyOf { ${party} familyOf { id name } associateOf { id name } memberOf { id name } }
    associateOf { ${party} familyOf { id name } associateOf { id name } memberOf { id name } }
    addresses { id text }
    memberOf { id name } } }`,
  shortestPaths: `query($from: ID!, $to: ID!) { people(where: { id: { eq: $from } }) { id shortestPathTo(to: $to) } }`,
};

/** Request bodies of one operation for one API, one per workload item. */
export function bodies(api: 'ours' | 'peer', operation: Operation, w: Workload): string[] {
  const query = (api === 'ours' ? OURS : PEER)[operation];
  const variables =
    operation === 'search'
      ? w.searchTerms.map((text) => ({ text }))
      : operation === 'expand'
        ? w.expandIds.map((id) => ({ id }))
        : w.pathPairs.map(([from, to]) => ({ from, to }));
  return variables.map((v) => JSON.stringify({ query, variables: v }));
}
