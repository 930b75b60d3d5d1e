/**
 * Plans every canned query once when the API starts, so the first analyst to run one does not
 * wait for it: a freshly started Neo4j took 13 s to plan money-cycle, and 0.4 s to run it once
 * planned. EXPLAIN plans a query without running it; a required id gets a placeholder, which
 * planning never looks up.
 */
import { defaultLibrary, type CannedQuery } from '@touchstone/cypher';
import { explainQuery } from '@touchstone/detection';
import type { Driver } from 'neo4j-driver';

export interface WarmedPlans {
  planned: number;
  /** Names of the queries Neo4j could not plan (for instance because it was down). */
  failed: string[];
  ms: number;
}

const placeholders = (query: CannedQuery) =>
  Object.fromEntries(query.parameters.filter((p) => p.required).map((p) => [p.name, 'plan-warm-up']));

/** Plans the queries one after another, never more than one at a time; never throws. */
export async function warmQueryPlans(
  driver: Driver,
  queries: readonly CannedQuery[] = defaultLibrary().queries,
): Promise<WarmedPlans> {
  const started = Date.now();
  const failed: string[] = [];
  for (const query of queries) {
    try {
      await explainQuery(driver, query, placeholders(query));
    } catch {
      failed.push(query.name);
    }
  }
  return { planned: queries.length - failed.length, failed, ms: Date.now() - started };
}
