/**
 * `search`: full-text search over names, aliases and identifiers through the `entity_search`
 * index — accent- and case-insensitive, prefix and fuzzy, ranked and paged with a cursor. Hits
 * of every word as written or as a prefix come first, by relevance; near spellings follow, by
 * relevance, and are looked for only by the page that reaches them (lucene-query.ts).
 * Restricted entities the viewer may not see are filtered out before paging, so pages never
 * betray them.
 */
import { toNeo4jInt } from '@touchstone/neo4j';
import { badInput } from '../../errors';
import { checkEntityTypes, checkInt } from './check-arguments';
import { GraphBuilder, type NodeRow } from './graph-builder';
import { ALL_GRAPH_FIELDS, graphFieldsKey, type GraphFields } from './graph-fields';
import type { GraphContext } from './graph-context';
import type { GraphNode, SerializedGraph } from './graph-shape';
import { nearSpellingsOnly, searchQueries } from './lucene-query';
import { readRows } from './read-rows';
import { decodeCursor, encodeCursor } from './search-cursor';
import { nodeMap, visible } from './visibility';

export interface SearchArgs {
  text: string;
  types?: string[] | null;
  limit?: number | null;
  after?: string | null;
}

export interface SearchHit {
  node: GraphNode;
  /** Lucene relevance within the hit's tier (exact words, then near spellings); higher is better. */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  /** The hits as a graph of nodes, ready for a chart. */
  graph: SerializedGraph;
}

/** Longest search text accepted. */
export const MAX_SEARCH_LENGTH = 200;
/** Deepest position a search pages to. */
const MAX_OFFSET = 1000;
/** Most index hits read to fill one page after filtering. */
const MAX_SCAN = 20_000;

/** The search Cypher, by the fields it projects. */
const cypherByFields = new Map<string, string>();

// Filters every hit read, then projects only the page's nodes (the rest are never materialised),
// with the `fields` the caller reads. The scan is a limit on the index's stream of hits, not the
// index's own `limit` option: that one orders hits of equal score differently for different
// limits, so pages read with different scans repeated and skipped hits; the stream keeps one
// order, and a shorter scan reads a prefix of a longer one.
function searchQuery(fields: GraphFields = ALL_GRAPH_FIELDS): string {
  const key = graphFieldsKey(fields);
  let cypher = cypherByFields.get(key);
  if (!cypher) {
    cypher = `
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score LIMIT $scan
WITH count(*) AS scanned,
     collect(CASE WHEN ${visible('node')} AND ($types IS NULL OR any(l IN labels(node) WHERE l IN $types))
                  THEN [node, score] END) AS hits
RETURN scanned, size(hits) AS visible, [hit IN hits[$offset..$end] | {node: ${nodeMap('hit[0]', fields)}, score: hit[1]}] AS page`;
    cypherByFields.set(key, cypher);
  }
  return cypher;
}

/**
 * Index hits read by the first try. Each hit read costs a node fetch, so without a type filter
 * the first try reads barely more than the page (a few restricted hits may drop out); with one,
 * whole types drop out, so it reads more. Too few visible hits and the loop below reads 4× more.
 */
function firstScan(wanted: number, filtered: boolean): number {
  return filtered ? wanted * 3 + 50 : wanted + 8;
}

type HitRow = { node: NodeRow; score: number };

/**
 * Visible hits `offset` to `offset + count` of one Lucene query, and how many visible hits it has
 * in all when they were all read (else null).
 */
async function readHits(
  g: GraphContext,
  query: string,
  types: string[] | null,
  offset: number,
  count: number,
): Promise<{ page: HitRow[]; total: number | null }> {
  let scan = Math.min(MAX_SCAN, firstScan(offset + count, types !== null));
  for (;;) {
    const { rows } = await readRows(g, searchQuery(g.fields), {
      query,
      types,
      scan: toNeo4jInt(scan),
      offset: toNeo4jInt(offset),
      end: toNeo4jInt(offset + count),
    });
    const page = (rows[0]?.page ?? []) as unknown as HitRow[];
    const allRead = ((rows[0]?.scanned ?? 0) as number) < scan || scan >= MAX_SCAN;
    if (page.length >= count || allRead)
      return { page, total: allRead ? ((rows[0]?.visible ?? 0) as number) : null };
    scan = Math.min(MAX_SCAN, scan * 4);
  }
}

/** Searches entities by text. */
export async function search(g: GraphContext, args: SearchArgs): Promise<SearchResult> {
  const text = typeof args.text === 'string' ? args.text.trim() : '';
  if (!text) throw badInput('text: type something to search for.', { argument: 'text' });
  if (text.length > MAX_SEARCH_LENGTH)
    throw badInput(`text: at most ${MAX_SEARCH_LENGTH} characters.`, { argument: 'text' });
  const types = checkEntityTypes(args.types, 'types');
  const limit = checkInt(args.limit, 'limit', 1, 100, 20);
  const { offset, exactTotal: known } = decodeCursor(args.after, text, types, MAX_OFFSET);

  // One more hit than the page, to know whether another page follows.
  const wanted = limit + 1;
  const queries = searchQueries(text);
  let page: HitRow[] = [];
  let exactTotal = known;
  if (queries && (exactTotal === null || offset < exactTotal)) {
    const exact = await readHits(g, queries.exact, types, offset, wanted);
    page = exact.page;
    exactTotal = exact.total;
  }
  if (queries?.anySpelling && page.length < wanted && exactTotal !== null) {
    // With no exact hit to leave out, the second tier is every hit, read by the cheaper query.
    const near =
      exactTotal === 0 ? queries.anySpelling : nearSpellingsOnly(queries.exact, queries.anySpelling);
    const rest = await readHits(g, near, types, Math.max(0, offset - exactTotal), wanted - page.length);
    page = [...page, ...rest.page];
  }

  const builder = new GraphBuilder();
  const hits = page.slice(0, limit).map((h) => ({ node: builder.addNode(h.node), score: h.score }));
  const more = page.length > limit && offset + limit < MAX_OFFSET;
  return {
    hits,
    nextCursor: more ? encodeCursor({ offset: offset + limit, exactTotal }, text, types) : null,
    graph: builder.build('search'),
  };
}
