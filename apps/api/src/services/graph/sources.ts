/**
 * Fills in the source documents behind the facts of a graph: title, kind and date of each
 * `sourceId`, so a prosecutor clicking a line sees why it is there. A document the viewer may not
 * see is not described, and its id is withheld too.
 */
import type { GraphBuilder } from './graph-builder';
import type { GraphContext } from './graph-context';
import { readRows } from './read-rows';
import { visible } from './visibility';

const DOCUMENTS = `
MATCH (d:Entity) WHERE d.id IN $ids AND d:SourceDocument AND ${visible('d')}
RETURN d.id AS id, d.title AS title, d.documentKind AS kind, toString(d.date) AS date`;

/** Describes the documents of every fact edge of `builder`. */
export async function describeSources(g: GraphContext, builder: GraphBuilder): Promise<void> {
  const ids = builder.sourceIds();
  if (!ids.length) return;
  const { rows } = await readRows(g, DOCUMENTS, { ids });
  const documents = new Map(
    rows.map((r) => [
      r.id as string,
      { title: r.title as string | null, kind: r.kind as string | null, date: r.date as string | null },
    ]),
  );
  builder.describeSources(documents);
  for (const edge of builder.edgeList()) {
    const p = edge.attributes.provenance;
    if (p?.sourceId && !documents.has(p.sourceId)) p.sourceId = null;
    if (edge.attributes.money)
      edge.attributes.money.sourceIds = edge.attributes.money.sourceIds.filter((id) => documents.has(id));
  }
}
