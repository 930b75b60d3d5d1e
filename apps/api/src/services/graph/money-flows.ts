/**
 * Completes the money edges of a graph: every transaction (visible, within the window) between
 * each pair of accounts joined by a `PAID` edge, not only those a path happened to pass through.
 */
import { GraphBuilder, type FlowRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import { MAX_TRANSACTION_IDS, PAID } from './graph-shape';
import { readRows } from './read-rows';
import { visible } from './visibility';

const FLOWS = `
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[s:SENT]->(t:Transaction)-[o:TO]->(b:Entity {id: pair[1]})
WHERE ${visible('s', 't', 'o')}
  AND ($fromTs IS NULL OR t.timestamp >= $fromTs) AND ($untilTs IS NULL OR t.timestamp < $untilTs)
WITH a, b, t, s ORDER BY t.timestamp
WITH a, b, count(t) AS count, sum(t.amountUsd) AS totalUsd, toString(min(t.timestamp)) AS firstAt, toString(max(t.timestamp)) AS lastAt,
     collect(t.id)[..${MAX_TRANSACTION_IDS}] AS transactionIds, [x IN collect(DISTINCT s.sourceId) WHERE x IS NOT NULL][..20] AS sourceIds
RETURN {from: a.id, to: b.id, count: count, totalUsd: totalUsd, firstAt: firstAt, lastAt: lastAt,
        transactionIds: transactionIds, sourceIds: sourceIds} AS flow`;

/** Replaces each PAID edge by the full aggregate of its pair. */
export async function completeFlows(
  g: GraphContext,
  builder: GraphBuilder,
  window: { fromTs?: unknown; untilTs?: unknown } = {},
): Promise<void> {
  const pairs = builder
    .edgeList()
    .filter((e) => e.attributes.type === PAID)
    .map((e) => [e.source, e.target]);
  if (!pairs.length) return;
  const { rows } = await readRows(g, FLOWS, {
    pairs,
    fromTs: window.fromTs ?? null,
    untilTs: window.untilTs ?? null,
  });
  for (const row of rows) builder.addFlow(row.flow as unknown as FlowRow);
}
