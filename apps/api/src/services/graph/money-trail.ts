/**
 * `moneyTrail`: follows money in the order it moved, forward from an account (where did it go?)
 * or backward into it (where did it come from?). Each transfer is later than the one before and
 * within the maximum dwell time after it; with a tolerance, each keeps roughly the amount of the
 * one before. Starting from a person or company follows all the accounts they hold.
 */
import { toNeo4jInt } from '@touchstone/neo4j';
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors';
import { checkId, checkInt, checkNumber } from './check-arguments';
import { requireNodes } from './fetch-nodes';
import { GraphBuilder, type NodeRow } from './graph-builder';
import type { GraphContext } from './graph-context';
import type { SerializedGraph } from './graph-shape';
import { moneyTrailQuery } from './money-trail-query';
import { neighbourLinks } from './neighbour-links';
import { readRows } from './read-rows';
import { describeSources } from './sources';
import { checkWindow, windowParams } from './time-window';

export type TrailDirection = 'FORWARD' | 'BACKWARD';

export interface MoneyTrailArgs {
  from: string;
  direction?: TrailDirection | null;
  since?: string | null;
  until?: string | null;
  maxHops?: number | null;
  minAmountUsd?: number | null;
  maxDwellDays?: number | null;
  tolerance?: number | null;
  maxPaths?: number | null;
}

/** One transfer of the trail. */
export interface TrailHop {
  transactionId: string;
  from: string;
  to: string;
  amountUsd: number;
  timestamp: string | null;
  /** Its position in the trail (1 = the first transfer from, or last into, the start), the smallest seen. */
  step: number;
  /** Key of the money edge it is folded into. */
  edgeKey: string;
}

/** An account the trail reaches, with what reached it. */
export interface TrailEndpoint {
  accountId: string;
  /** Sum of the distinct trail transfers arriving at (forward) or leaving (backward) this account. */
  totalUsd: number;
  transfers: number;
  minSteps: number;
  /** True when the trail goes no further from it. */
  terminal: boolean;
  /** Holders of the account (persons and companies). */
  holderIds: string[];
}

/** A trail that comes back to where it started: a cycle. */
export interface TrailCycle {
  accountIds: string[];
  transactionIds: string[];
}

export interface MoneyTrailResult {
  startAccountIds: string[];
  hops: TrailHop[];
  endpoints: TrailEndpoint[];
  cycles: TrailCycle[];
  /** True when more trails existed than `maxPaths`. */
  truncated: boolean;
  graph: SerializedGraph;
}

interface Transfer {
  id: string;
  amountUsd: number;
  timestamp: string | null;
  sourceId: string | null;
  from: string;
  to: string;
}

/** The accounts a trail starts from: the account itself, or those a person or company holds. */
async function startAccounts(g: GraphContext, start: NodeRow, builder: GraphBuilder): Promise<string[]> {
  if (start.labels.includes('BankAccount')) return [start.id];
  if (!start.labels.includes('Person') && !start.labels.includes('Company')) {
    throw badInput(
      'from: a money trail starts from a bank account, or a person or company holding accounts.',
      { argument: 'from' },
    );
  }
  const { links } = await neighbourLinks(g, [start.id], ['HOLDS_ACCOUNT'], 'OUT', 100);
  for (const l of links) {
    builder.addNode(l.node);
    builder.addLink(l.link);
  }
  return links.map((l) => l.node.id);
}

/** Follows the money from (or into) `from`. */
export async function moneyTrail(g: GraphContext, args: MoneyTrailArgs): Promise<MoneyTrailResult> {
  const from = checkId(args.from, 'from');
  const direction = args.direction ?? 'FORWARD';
  if (direction !== 'FORWARD' && direction !== 'BACKWARD')
    throw badInput('direction must be FORWARD or BACKWARD.', { argument: 'direction' });
  const window = checkWindow(args.since, args.until, ['since', 'until']);
  const maxHops = checkInt(args.maxHops, 'maxHops', 1, 8, 4);
  const minAmount = checkNumber(args.minAmountUsd, 'minAmountUsd', 0, 1e13, 0)!;
  const maxDwellDays = checkNumber(args.maxDwellDays, 'maxDwellDays', 0.001, 366, 7)!;
  const tolerance = checkNumber(args.tolerance, 'tolerance', 0, 1, null);
  const maxPaths = checkInt(args.maxPaths, 'maxPaths', 1, 20_000, 2000);

  const builder = new GraphBuilder();
  const [start] = await requireNodes(g, [from]);
  builder.addNode(start!);
  const accounts = await startAccounts(g, start!, builder);

  const { rows, truncated } = await readRows(
    g,
    moneyTrailQuery(direction, maxHops),
    {
      ...windowParams(window),
      accounts,
      minAmount,
      tolerance,
      dwell: new neo4j.types.Duration(0, 0, Math.round(maxDwellDays * 86_400), 0),
      maxPaths: toNeo4jInt(maxPaths + 1),
    },
    { maxRows: maxPaths, timeoutMs: 30_000 },
  );

  const hops = new Map<string, TrailHop>();
  const reached = new Map<string, { finals: Map<string, number>; minSteps: number }>();
  const continuing = new Set<string>();
  const cycles: TrailCycle[] = [];
  for (const row of rows) {
    (row.accounts as unknown as NodeRow[]).forEach((a) => builder.addNode(a));
    const transfers = row.transfers as unknown as Transfer[];
    transfers.forEach((t, i) => {
      const edgeKey = builder.addTransfer(t.from, t.to, {
        id: t.id,
        amountUsd: t.amountUsd,
        timestamp: t.timestamp,
        sourceId: t.sourceId,
      })!;
      const hop = hops.get(t.id);
      if (!hop)
        hops.set(t.id, {
          transactionId: t.id,
          from: t.from,
          to: t.to,
          amountUsd: t.amountUsd,
          timestamp: t.timestamp,
          step: i + 1,
          edgeKey,
        });
      else hop.step = Math.min(hop.step, i + 1);
    });
    const last = transfers[transfers.length - 1]!;
    const end = direction === 'FORWARD' ? last.to : last.from;
    const entry = reached.get(end) ?? { finals: new Map(), minSteps: transfers.length };
    entry.finals.set(last.id, last.amountUsd);
    entry.minSteps = Math.min(entry.minSteps, transfers.length);
    reached.set(end, entry);
    transfers.slice(0, -1).forEach((t) => continuing.add(direction === 'FORWARD' ? t.to : t.from));
    if (accounts.includes(end)) {
      const chain = direction === 'FORWARD' ? transfers : [...transfers].reverse();
      cycles.push({
        accountIds: [chain[0]!.from, ...chain.map((t) => t.to)],
        transactionIds: chain.map((t) => t.id),
      });
    }
  }

  const { links: holders } = await neighbourLinks(g, [...reached.keys()], ['HOLDS_ACCOUNT'], 'IN', 2000);
  for (const h of holders) {
    builder.addNode(h.node);
    builder.addLink(h.link);
  }
  await describeSources(g, builder);

  const endpoints: TrailEndpoint[] = [...reached.entries()]
    .map(([accountId, r]) => ({
      accountId,
      totalUsd: [...r.finals.values()].reduce((s, a) => s + a, 0),
      transfers: r.finals.size,
      minSteps: r.minSteps,
      terminal: !continuing.has(accountId),
      holderIds: holders.filter((h) => h.from === accountId).map((h) => h.node.id),
    }))
    .sort((a, b) => b.totalUsd - a.totalUsd || a.accountId.localeCompare(b.accountId));
  const hopList = [...hops.values()].sort(
    (a, b) => a.step - b.step || (a.timestamp ?? '').localeCompare(b.timestamp ?? ''),
  );
  return {
    startAccountIds: accounts,
    hops: hopList,
    endpoints,
    cycles,
    truncated,
    graph: builder.build('moneyTrail', truncated),
  };
}
