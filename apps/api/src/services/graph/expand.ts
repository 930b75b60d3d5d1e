/**
 * `expand`: the neighbourhood of entities as a graph, breadth first up to depth 3. Each node shows
 * at most `perNode` neighbours — shared fairly among link and entity types — and the whole graph
 * at most `limit` nodes; whatever is left out is counted by link type and entity type, so the
 * reply never hides a cut.
 */
import { entityTypeOfId } from '@touchstone/domain';
import { toNeo4jInt } from '@touchstone/neo4j';
import { badInput } from '../../errors';
import { checkEntityTypes, checkIds, checkInt, checkLinkTypes } from './check-arguments';
import type { Direction } from './direction';
import { expandStepQuery, expandTwoStepsQuery } from './expand-query';
import { inOrder } from './fetch-nodes';
import { GraphBuilder, type FlowRow, type LinkRow, type NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import { PAID, type SerializedGraph } from './graph-shape';
import { readRows } from './read-rows';
import { describeSources, learnDocuments, noKnownDocuments } from './sources';
import { checkWindow, windowParams } from './time-window';

export interface ExpandArgs {
  ids: string[];
  depth?: number | null;
  linkTypes?: string[] | null;
  entityTypes?: string[] | null;
  direction?: Direction | null;
  from?: string | null;
  until?: string | null;
  limit?: number | null;
  perNode?: number | null;
}

/** Links left out of a reply, by link type and the type of entity at their far end. */
export interface OmittedCount {
  linkType: string;
  entityType: string;
  count: number;
}

/** A node whose neighbours were capped. */
export interface CappedNode {
  id: string;
  total: number;
  shown: number;
}

export interface ExpandResult {
  graph: SerializedGraph;
  truncated: boolean;
  omitted: OmittedCount[];
  omittedTotal: number;
  cappedNodes: CappedNode[];
}

interface Group {
  linkType: string;
  prefix: string;
  total: number;
  sample: { link?: LinkRow; node: NodeRow; flow?: FlowRow }[];
}

const MONEY_TYPES = ['PAID', 'SENT', 'TO'];

/** Takes up to `cap` items from the groups in turn, so a crowd of one type does not hide the others. */
function roundRobin(groups: Group[], cap: number): [Group, Group['sample'][number]][] {
  const picked: [Group, Group['sample'][number]][] = [];
  for (let i = 0; picked.length < cap; i++) {
    const round = groups.filter((g) => i < g.sample.length);
    if (!round.length) break;
    for (const g of round) if (picked.length < cap) picked.push([g, g.sample[i]!]);
  }
  return picked;
}

/** One entity's row of an expansion step (see expand-query.ts). */
interface StepRow {
  id: string;
  node: NodeRow | null;
  groups: Group[];
  outTotal: number;
  outFlows: (FlowRow & { node: NodeRow })[];
  inTotal: number;
  inFlows: (FlowRow & { node: NodeRow })[];
  documents: unknown;
}

function groupsOf(row: StepRow): Group[] {
  const groups = row.groups.map((g) => ({ ...g, sample: [...g.sample] }));
  for (const side of ['out', 'in'] as const) {
    const flows = row[`${side}Flows`];
    const total = row[`${side}Total`];
    if (total > 0)
      groups.push({
        linkType: PAID,
        prefix: 'acc',
        total,
        sample: flows.map((f) => ({ node: f.node, flow: f })),
      });
  }
  return groups.sort((a, b) => `${a.linkType}|${a.prefix}`.localeCompare(`${b.linkType}|${b.prefix}`));
}

/** Expands the neighbourhood of `ids`. */
export async function expand(g: GraphContext, args: ExpandArgs): Promise<ExpandResult> {
  // Checked before any read, so bad input costs no session or transaction.
  const { ids, depth, limit, perNode, linkTypes, entityTypes, direction, window } = checkExpandArgs(args);

  const money = linkTypes === null || linkTypes.some((t) => MONEY_TYPES.includes(t));
  const rawTypes = linkTypes?.filter((t) => t !== PAID) ?? null;
  const shape = {
    direction,
    rawTypes,
    withLinks: rawTypes === null || rawTypes.length > 0,
    money,
    fields: g.fields,
  };

  const builder = new GraphBuilder();

  const omitted = new Map<string, OmittedCount>();
  const capped: CappedNode[] = [];
  const leaveOut = (linkType: string, prefix: string, count: number) => {
    if (count <= 0) return;
    const entityType = entityTypeOfId(`${prefix}-x`) ?? 'Entity';
    const key = `${linkType}|${entityType}`;
    const entry = omitted.get(key) ?? { linkType, entityType, count: 0 };
    entry.count += count;
    omitted.set(key, entry);
  };

  const params = { ...windowParams(window), entityTypes, perNode: toNeo4jInt(perNode) };
  // Rows of the second step read along with the first (see expandTwoStepsQuery).
  let readAhead = new Map<string, StepRow>();
  const stepRows = async (level: number, frontier: string[]): Promise<StepRow[]> => {
    if (level === 1 && depth >= 2) {
      const cypher = expandTwoStepsQuery(shape);
      const [both] = (await readRows(g, cypher, { ...params, frontier, limit: toNeo4jInt(limit) })).rows;
      readAhead = new Map(((both?.second ?? []) as unknown as StepRow[]).map((row) => [row.id, row]));
      return (both?.first ?? []) as unknown as StepRow[];
    }
    const missing = frontier.filter((id) => !readAhead.has(id));
    if (missing.length) {
      const cypher = expandStepQuery(shape);
      const read = await readRows(g, cypher, {
        ...params,
        frontier: missing,
        withFrontierNodes: level === 1,
      });
      for (const { row } of read.rows)
        readAhead.set((row as unknown as StepRow).id, row as unknown as StepRow);
    }
    // In frontier order, which decides who is kept when the node limit is reached.
    return frontier.flatMap((id) => readAhead.get(id) ?? []);
  };

  const documents = noKnownDocuments();
  let frontier = ids;
  const expanded = new Set<string>();
  for (let level = 1; level <= depth && frontier.length; level++) {
    frontier.forEach((id) => expanded.add(id));
    const rows = await stepRows(level, frontier);
    if (level === 1) {
      // The first step looks the asked-for entities up: a missing or hidden one has no row.
      const found = new Map(rows.map((row) => [row.id, row.node!]));
      for (const node of inOrder(ids, found)) builder.addNode(node);
    }
    const next: string[] = [];
    for (const row of rows) {
      const groups = groupsOf(row);
      learnDocuments(documents, row.documents);
      const total = groups.reduce((s, gr) => s + gr.total, 0);
      const picked = roundRobin(groups, perNode);
      const shownPerGroup = new Map<Group, number>();
      for (const [group, item] of picked) {
        const isNew = !builder.hasNode(item.node.id);
        if (isNew && builder.nodeCount >= limit) continue;
        builder.addNode(item.node);
        if (item.flow) builder.addFlow(item.flow);
        else if (item.link) builder.addLink(item.link);
        shownPerGroup.set(group, (shownPerGroup.get(group) ?? 0) + 1);
        if (isNew && !expanded.has(item.node.id)) next.push(item.node.id);
      }
      let shown = 0;
      for (const group of groups) {
        const n = shownPerGroup.get(group) ?? 0;
        shown += n;
        leaveOut(group.linkType, group.prefix, group.total - n);
      }
      if (shown < total) capped.push({ id: row.id as string, total, shown });
    }
    frontier = next;
  }

  await describeSources(g, builder, documents);
  const omittedList = [...omitted.values()].sort(
    (a, b) => b.count - a.count || a.linkType.localeCompare(b.linkType),
  );
  const omittedTotal = omittedList.reduce((s, o) => s + o.count, 0);
  return {
    graph: builder.build('expand', omittedTotal > 0),
    truncated: omittedTotal > 0,
    omitted: omittedList,
    omittedTotal,
    cappedNodes: capped,
  };
}

function checkExpandArgs(args: ExpandArgs) {
  const ids = checkIds(args.ids, 'ids', 1, 100);
  const depth = checkInt(args.depth, 'depth', 1, 3, 1);
  const limit = checkInt(args.limit, 'limit', 1, 5000, 500);
  const perNode = checkInt(args.perNode, 'perNode', 1, 500, 50);
  const linkTypes = checkLinkTypes(args.linkTypes, 'linkTypes', [PAID]);
  const entityTypes = checkEntityTypes(args.entityTypes);
  const direction = args.direction ?? 'BOTH';
  if (!['OUT', 'IN', 'BOTH'].includes(direction))
    throw badInput('direction must be OUT, IN or BOTH.', { argument: 'direction' });
  const window = checkWindow(args.from, args.until);
  return { ids, depth, limit, perNode, linkTypes, entityTypes, direction, window };
}
