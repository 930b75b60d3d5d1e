/**
 * Fills in the source documents behind the facts of a graph: title, kind and date of each
 * `sourceId`, so a prosecutor clicking a line sees why it is there. A document the viewer may not
 * see is not described, and its id is withheld too.
 *
 * A query that returns links can look their documents up itself (`documentsOf`), which saves the
 * operation a round trip; `describeSources` then asks only for the ids that query did not see.
 */
import type { GraphBuilder } from './graph-builder';
import type { GraphContext } from './graph-context';
import { readRows } from './read-rows';
import { visible } from './visibility';

/** A source document as a chart describes it. */
export interface SourceDocumentRow {
  id: string;
  title: string | null;
  kind: string | null;
  date: string | null;
}

/** Documents a query already looked up: every id it looked for, and those it found and may show. */
export interface KnownDocuments {
  lookedFor: Set<string>;
  found: Map<string, SourceDocumentRow>;
}

export const noKnownDocuments = (): KnownDocuments => ({ lookedFor: new Set(), found: new Map() });

/** One id a `documentsOf` lookup looked for, with its document when the viewer may see it. */
interface LookedUp {
  id: string;
  document: SourceDocumentRow | null;
}

/** Adds what a `documentsOf` lookup returned. */
export function learnDocuments(known: KnownDocuments, lookedUp: unknown): void {
  for (const { id, document } of (lookedUp ?? []) as LookedUp[]) {
    known.lookedFor.add(id);
    if (document) known.found.set(id, document);
  }
}

const projection = (d: string) =>
  `{id: ${d}.id, title: ${d}.title, kind: ${d}.documentKind, date: toString(${d}.date)}`;

/**
 * Cypher: each distinct id of the list expression `ids` with its document, null when there is no
 * such document or the viewer may not see it. Every id looked for comes back, so the caller knows
 * which ones need no second lookup.
 */
export const documentsOf = (ids: string): string => `COLLECT {
  UNWIND ${ids} AS sid
  WITH DISTINCT sid WHERE sid IS NOT NULL
  OPTIONAL MATCH (d:Entity {id: sid}) WHERE d:SourceDocument AND ${visible('d')}
  RETURN {id: sid, document: CASE WHEN d IS NULL THEN null ELSE ${projection('d')} END}
}`;

const DOCUMENTS = `
MATCH (d:Entity) WHERE d.id IN $ids AND d:SourceDocument AND ${visible('d')}
RETURN ${projection('d')} AS doc`;

/** Describes the documents of every fact edge of `builder`, reading only those not `known` yet. */
export async function describeSources(
  g: GraphContext,
  builder: GraphBuilder,
  known: KnownDocuments = noKnownDocuments(),
): Promise<void> {
  const ids = builder.sourceIds();
  if (!ids.length) return;
  const documents = new Map(known.found);
  const unknown = ids.filter((id) => !known.lookedFor.has(id));
  if (unknown.length) {
    const { rows } = await readRows(g, DOCUMENTS, { ids: unknown });
    for (const row of rows) {
      const doc = row.doc as unknown as SourceDocumentRow;
      documents.set(doc.id, doc);
    }
  }
  builder.describeSources(documents);
  for (const edge of builder.edgeList()) {
    const p = edge.attributes.provenance;
    if (p?.sourceId && !documents.has(p.sourceId)) p.sourceId = null;
    if (edge.attributes.money)
      edge.attributes.money.sourceIds = edge.attributes.money.sourceIds.filter((id) => documents.has(id));
  }
}
