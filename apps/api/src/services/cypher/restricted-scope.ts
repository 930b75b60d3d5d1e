/**
 * What an ad-hoc query must not touch for one user: the labels of entities entered in cases the
 * user is not a member of, and the link types that are restricted themselves or that attach to
 * such entities. A plan that scans none of those labels and follows none of those types can
 * neither return nor be influenced by restricted records (see cypher-plan-guard.ts).
 */
import { LINK_TYPE_NAMES } from '@touchstone/domain';
import type { ManagedTransaction } from 'neo4j-driver';

/** Labels and link types holding records the user may not see. */
export interface RestrictedScope {
  labels: ReadonlySet<string>;
  types: ReadonlySet<string>;
}

const HIDDEN_NODE = 'n.caseId IS NOT NULL AND NOT n.caseId IN $visible';

const NODE_LABELS = `MATCH (n:Entity) WHERE ${HIDDEN_NODE} UNWIND labels(n) AS label RETURN collect(DISTINCT label) AS names`;
const ATTACHED_TYPES = `MATCH (n:Entity) WHERE ${HIDDEN_NODE} MATCH (n)-[r]-() RETURN collect(DISTINCT type(r)) AS names`;
// One branch per link type, so each can use that type's caseId index (migration 005).
const RESTRICTED_LINKS = LINK_TYPE_NAMES.map(
  (t) =>
    `MATCH ()-[r:${t}]->() WHERE r.caseId IS NOT NULL AND NOT r.caseId IN $visible RETURN '${t}' AS name LIMIT 1`,
).join('\nUNION\n');

/** The restricted scope for a user seeing `visibleCaseIds`, read in the query's own transaction. */
export async function readRestrictedScope(
  tx: ManagedTransaction,
  visibleCaseIds: readonly string[],
): Promise<RestrictedScope> {
  const visible = [...visibleCaseIds];
  const labels = (await tx.run(NODE_LABELS, { visible })).records[0]?.get('names') as string[] | undefined;
  const attached = (await tx.run(ATTACHED_TYPES, { visible })).records[0]?.get('names') as
    string[] | undefined;
  const linked = (await tx.run(RESTRICTED_LINKS, { visible })).records.map((r) => String(r.get('name')));
  return { labels: new Set(labels ?? []), types: new Set([...(attached ?? []), ...linked]) };
}
