/**
 * An in-memory view of a generated dataset for the reference detectors: entities by id and type,
 * links by type and by endpoint, and the money as plain transfers, deposits and withdrawals.
 */
import type { EntityRecord, LinkRecord } from '@touchstone/domain';
import type { GroundTruth, MemorySink } from '@touchstone/seed';

export interface Transfer {
  id: string;
  from: string;
  to: string;
  t: number;
  usd: number;
  purpose: string;
}

export interface CashMove {
  id: string;
  account: string;
  t: number;
  usd: number;
  by?: string;
}

export interface Graph {
  entities: Map<string, EntityRecord>;
  byType: Map<string, EntityRecord[]>;
  links: Map<string, LinkRecord[]>;
  outLinks: Map<string, LinkRecord[]>;
  inLinks: Map<string, LinkRecord[]>;
  transfers: Transfer[];
  outOf: Map<string, Transfer[]>;
  into: Map<string, Transfer[]>;
  deposits: Map<string, CashMove[]>;
  withdrawals: Map<string, CashMove[]>;
  /** Holders of each account. */
  holders: Map<string, string[]>;
  truth: GroundTruth;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export const byTime = <T extends { t: number }>(list: T[]): T[] => list.sort((a, b) => a.t - b.t);

export function buildGraph(sink: MemorySink): Graph {
  const g: Graph = {
    entities: new Map(),
    byType: new Map(),
    links: new Map(),
    outLinks: new Map(),
    inLinks: new Map(),
    transfers: [],
    outOf: new Map(),
    into: new Map(),
    deposits: new Map(),
    withdrawals: new Map(),
    holders: new Map(),
    truth: sink.truth!,
  };
  for (const e of sink.entities) {
    g.entities.set(e.id, e);
    push(g.byType, e.type, e);
  }
  for (const l of sink.links) {
    push(g.links, l.type, l);
    push(g.outLinks, l.from, l);
    push(g.inLinks, l.to, l);
  }
  for (const l of g.links.get('HOLDS_ACCOUNT') ?? []) push(g.holders, l.to, l.from);
  const sent = new Map((g.links.get('SENT') ?? []).map((l) => [l.to, l.from]));
  const to = new Map((g.links.get('TO') ?? []).map((l) => [l.from, l.to]));
  const by = new Map((g.links.get('DEPOSITED_BY') ?? []).map((l) => [l.from, l.to]));
  for (const t of g.byType.get('Transaction') ?? []) {
    const move = { id: t.id, t: Date.parse(t.timestamp as string), usd: t.amountUsd as number };
    const from = sent.get(t.id);
    const dest = to.get(t.id);
    if (from && dest) {
      const tr = { ...move, from, to: dest, purpose: (t.purpose as string) ?? '' };
      g.transfers.push(tr);
      push(g.outOf, from, tr);
      push(g.into, dest, tr);
    } else if (dest) push(g.deposits, dest, { ...move, account: dest, by: by.get(t.id) });
    else if (from) push(g.withdrawals, from, { ...move, account: from, by: by.get(t.id) });
  }
  for (const m of [g.outOf, g.into, g.deposits, g.withdrawals] as Map<string, { t: number }[]>[])
    for (const list of m.values()) byTime(list);
  return g;
}

/** Targets of links of a type leaving an entity. */
export const targets = (g: Graph, from: string, type: string): string[] =>
  (g.outLinks.get(from) ?? []).filter((l) => l.type === type).map((l) => l.to);

/** Sources of links of a type arriving at an entity. */
export const sources = (g: Graph, to: string, type: string): string[] =>
  (g.inLinks.get(to) ?? []).filter((l) => l.type === type).map((l) => l.from);

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** A numeric parameter. */
export const num = (params: Readonly<Record<string, unknown>>, key: string): number => {
  const v = params[key];
  if (typeof v !== 'number') throw new Error(`parameter ${key} missing`);
  return v;
};
