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

/** Adds what a query looked up: the ids it looked for and the documents it returned. */
export function learnDocuments(known: KnownDocuments, lookedFor: Iterable<unknown>, found: unknown): void {
  for (const id of lookedFor) if (typeof id === 'string') known.lookedFor.add(id);
  for (const doc of (found ?? []) as SourceDocumentRow[]) known.found.set(doc.id, doc);
}

const projection = (d: string) =>
  `{id: ${d}.id, title: ${d}.title, kind: ${d}.documentKind, date: toString(${d}.date)}`;

/** Cypher: the visible documents among the ids of the list expression `ids`, as a list of maps. */
export const documentsOf = (ids: string): string => `COLLECT {
  UNWIND ${ids} AS sid
  WITH DISTINCT sid WHERE sid IS NOT NULL
  MATCH (d:Entity {id: sid}) WHERE d:SourceDocument AND ${visible('d')}
  RETURN ${projection('d')}
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
