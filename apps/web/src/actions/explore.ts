/**
 * Exploring from the chart: add a search hit, expand, find paths, follow the money or the metal,
 * show owners, open a chart's entities again. Each calls the API and adds what it finds.
 */
import * as Q from '../graphql/operations';
import type { ApiGraph, ApiNode } from '../graphql/types';
import type { Workbench } from '../state/workbench';
import { addGraph, nameOf } from './add-graph';

/** Largest chart whose links are fetched when an entity is added to it. */
const LINK_TO_CHART_LIMIT = 4000;

/** Adds entities (e.g. a search hit) with their links to what is already on the chart. */
export async function addEntities(wb: Workbench, nodes: ApiNode[], what: string): Promise<void> {
  const onChart = wb.chart.graph.nodes();
  const ids = [...new Set([...nodes.map((n) => n.key), ...(onChart.length <= LINK_TO_CHART_LIMIT ? onChart : [])])];
  const reply = await wb.run(what, () => wb.api.request<{ subgraph: ApiGraph }>(Q.SUBGRAPH, { ids }));
  if (reply) addGraph(wb, reply.subgraph, what);
}

/** Options of an expansion from the context menu. */
export interface ExpandOptions {
  depth?: number;
  linkTypes?: string[];
  entityTypes?: string[];
  direction?: 'OUT' | 'IN' | 'BOTH';
  from?: string;
  until?: string;
}

export async function expand(wb: Workbench, ids: string[], options: ExpandOptions = {}): Promise<void> {
  if (ids.length === 0) return;
  const what = `Expand ${ids.length === 1 ? nameOf(wb, ids[0]!) : `${ids.length} entities`}`;
  const reply = await wb.run(what, () =>
    wb.api.request<{ expand: { graph: ApiGraph; truncated: boolean; omittedTotal: number } }>(Q.EXPAND, {
      ids,
      depth: 1,
      ...options,
      limit: 500,
    }),
  );
  if (!reply) return;
  addGraph(wb, reply.expand.graph, what, ids);
  if (reply.expand.truncated)
    wb.notify('info', `${reply.expand.omittedTotal} links were left out of crowded entities; expand by link type to see them.`);
}

export async function findPaths(wb: Workbench, from: string, to: string, k = 3): Promise<void> {
  const what = `Paths from ${nameOf(wb, from)} to ${nameOf(wb, to)}`;
  const reply = await wb.run(what, () =>
    wb.api.request<{ shortestPaths: { paths: { nodeIds: string[] }[]; graph: ApiGraph } }>(Q.SHORTEST_PATHS, {
      from,
      to,
      maxHops: 6,
      k,
    }),
  );
  if (!reply) return;
  if (reply.shortestPaths.paths.length === 0) {
    wb.notify('info', `${what}: no path within 6 links.`);
    return;
  }
  addGraph(wb, reply.shortestPaths.graph, what, [from]);
  wb.ui.set({ selection: [...new Set(reply.shortestPaths.paths.flatMap((p) => p.nodeIds))] });
}

/** Options of a money trail. */
export interface MoneyTrailOptions {
  direction?: 'FORWARD' | 'BACKWARD';
  maxHops?: number;
  minAmountUsd?: number;
  maxDwellDays?: number;
  tolerance?: number | null;
  since?: string;
  until?: string;
}

export interface MoneyTrailSummary {
  cycles: { accountIds: string[] }[];
  endpoints: { accountId: string; totalUsd: number }[];
  hops: number;
}

export async function followMoney(wb: Workbench, from: string, options: MoneyTrailOptions = {}): Promise<MoneyTrailSummary | undefined> {
  const what = `Follow the money ${options.direction === 'BACKWARD' ? 'back from' : 'from'} ${nameOf(wb, from)}`;
  const reply = await wb.run(what, () =>
    wb.api.request<{
      moneyTrail: MoneyTrailSummary & { hops: unknown[]; graph: ApiGraph };
    }>(Q.MONEY_TRAIL, { from, ...options }),
  );
  if (!reply) return undefined;
  const trail = reply.moneyTrail;
  addGraph(wb, trail.graph, what, [from]);
  if (trail.cycles.length)
    wb.notify('info', `The money comes back to where it started: ${trail.cycles.length} cycle${trail.cycles.length > 1 ? 's' : ''} found.`);
  return { cycles: trail.cycles, endpoints: trail.endpoints, hops: trail.hops.length };
}

export async function followMetal(wb: Workbench, from: string): Promise<void> {
  const what = `Follow the metal from ${nameOf(wb, from)}`;
  const reply = await wb.run(what, () =>
    wb.api.request<{ metalTrail: { totalFineKg: number; graph: ApiGraph } }>(Q.METAL_TRAIL, { from }),
  );
  if (!reply) return;
  addGraph(wb, reply.metalTrail.graph, what, [from]);
  wb.notify('info', `${reply.metalTrail.totalFineKg.toFixed(1)} fine kg followed.`);
}

export async function showOwners(wb: Workbench, id: string): Promise<void> {
  const what = `Owners of ${nameOf(wb, id)}`;
  const reply = await wb.run(what, () =>
    wb.api.request<{ ownership: { owners: { id: string; effectiveShare: number; beneficialOwner: boolean }[]; graph: ApiGraph } }>(
      Q.OWNERSHIP,
      { id },
    ),
  );
  if (!reply) return;
  addGraph(wb, reply.ownership.graph, what, [id]);
  const owners = reply.ownership.owners.filter((o) => o.beneficialOwner);
  if (owners.length)
    wb.notify(
      'info',
      `Beneficial owners: ${owners.map((o) => `${nameOf(wb, o.id)} ${(o.effectiveShare * 100).toFixed(1)}%`).join(', ')}.`,
    );
}
