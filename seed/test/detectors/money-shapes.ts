/**
 * Reference detectors for the shape typologies — fan-out, fan-in, gather-scatter, bipartite
 * blocks and stacks, structuring and rapid pass-through — written from the ground-truth rules.
 */
import { DAY, HOUR, num, type CashMove, type Graph, type Transfer } from '../support/graph';
import type { Detector } from './types';

/** Fan-out (`side` = 'from') or fan-in (`side` = 'to') with one-off counterparties. */
function fan(g: Graph, p: Parameters<Detector>[1], side: 'from' | 'to'): Set<string> {
  const [days, minCp, minTotal] = ['windowDays', 'minCounterparties', 'minTotalUsd'].map((k) =>
    num(p, k),
  ) as number[];
  const found = new Set<string>();
  const lists = side === 'from' ? g.outOf : g.into;
  for (const [account, list] of lists) {
    const other = (t: Transfer) => (side === 'from' ? t.to : t.from);
    const byPair = new Map<string, Transfer[]>();
    for (const t of list) byPair.set(other(t), [...(byPair.get(other(t)) ?? []), t]);
    for (const start of list) {
      const end = start.t + days! * DAY;
      let count = 0;
      let total = 0;
      for (const [, pair] of byPair) {
        if (pair.every((t) => t.t >= start.t && t.t <= end)) {
          count += 1;
          total += pair.reduce((s, t) => s + t.usd, 0);
        }
      }
      if (count >= minCp! && total >= minTotal!) {
        found.add(account);
        break;
      }
    }
  }
  return found;
}

export const fanOut: Detector = (g, p) => fan(g, p, 'from');
export const fanIn: Detector = (g, p) => fan(g, p, 'to');

export const gatherScatter: Detector = (g, p) => {
  const [gather, scatter, minS, minR, lo, hi, minTotal] = [
    'gatherWindowDays',
    'scatterWithinDays',
    'minSenders',
    'minReceivers',
    'minRetention',
    'maxRetention',
    'minTotalUsd',
  ].map((k) => num(p, k)) as number[];
  const found = new Set<string>();
  for (const [hub, ins] of g.into) {
    const outs = g.outOf.get(hub) ?? [];
    for (const last of ins) {
      const got = ins.filter((t) => t.t >= last.t - gather! * DAY && t.t <= last.t);
      const senders = new Set(got.map((t) => t.from));
      const sent = outs.filter((t) => t.t > last.t && t.t <= last.t + scatter! * DAY && !senders.has(t.to));
      const receivers = new Set(sent.map((t) => t.to));
      const inUsd = got.reduce((s, t) => s + t.usd, 0);
      const outUsd = sent.reduce((s, t) => s + t.usd, 0);
      if (
        senders.size >= minS! &&
        receivers.size >= minR! &&
        inUsd >= minTotal! &&
        outUsd >= lo! * inUsd &&
        outUsd <= hi! * inUsd
      ) {
        found.add(hub);
        break;
      }
    }
  }
  return found;
};

export const bipartite: Detector = (g, p) => {
  const [days, minO, minB] = ['windowDays', 'minOriginators', 'minBeneficiaries'].map((k) =>
    num(p, k),
  ) as number[];
  // one-off-capable pairs: all transfers of the pair within `days`
  const spans = new Map<string, Map<string, [number, number]>>();
  for (const [from, list] of g.outOf) {
    const byTo = new Map<string, number[]>();
    for (const t of list) byTo.set(t.to, [...(byTo.get(t.to) ?? []), t.t]);
    for (const [to, times] of byTo) {
      const span: [number, number] = [Math.min(...times), Math.max(...times)];
      if (span[1] - span[0] <= days! * DAY) spans.set(from, (spans.get(from) ?? new Map()).set(to, span));
    }
  }
  const blocks: { origin: string[]; benef: string[] }[] = [];
  const originators = [...spans.keys()].sort();
  for (let i = 0; i < originators.length; i++) {
    for (let j = i + 1; j < originators.length; j++) {
      const a = spans.get(originators[i]!)!;
      const c = spans.get(originators[j]!)!;
      const shared = [...a.keys()].filter((d) => c.has(d));
      if (shared.length < minB!) continue;
      for (const d0 of shared) {
        const w = Math.min(a.get(d0)![0], c.get(d0)![0]);
        const inWindow = shared.filter((d) =>
          [a.get(d)!, c.get(d)!].every(([s, e]) => s >= w && e <= w + days! * DAY),
        );
        if (inWindow.length >= minB!)
          blocks.push({ origin: [originators[i]!, originators[j]!], benef: inWindow });
      }
    }
  }
  if (minO !== 2) throw new Error('this reference detector finds blocks of two originators at a time');
  // structures: blocks sharing accounts; subject = smallest top-layer originator
  const parent = new Map<string, string>();
  const find = (x: string): string =>
    parent.get(x) === undefined || parent.get(x) === x ? x : find(parent.get(x)!);
  for (const blk of blocks)
    for (const x of [...blk.origin, ...blk.benef]) parent.set(find(x), find(blk.origin[0]!));
  const groups = new Map<string, typeof blocks>();
  for (const blk of blocks)
    groups.set(find(blk.origin[0]!), [...(groups.get(find(blk.origin[0]!)) ?? []), blk]);
  const found = new Set<string>();
  for (const list of groups.values()) {
    const benef = new Set(list.flatMap((x) => x.benef));
    const top = list
      .flatMap((x) => x.origin)
      .filter((o) => !benef.has(o))
      .sort();
    if (top[0]) found.add(top[0]);
  }
  return found;
};

export const structuring: Detector = (g, p) => {
  const [threshold, frac, days, minCount] = [
    'thresholdUsd',
    'lowerFraction',
    'windowDays',
    'minDeposits',
  ].map((k) => num(p, k)) as number[];
  const found = new Set<string>();
  for (const [account, list] of g.deposits) {
    const near = list.filter((d) => d.usd >= frac! * threshold! && d.usd < threshold!);
    for (const first of near) {
      if (near.filter((d) => d.t >= first.t && d.t <= first.t + days! * DAY).length >= minCount!) {
        found.add(account);
        break;
      }
    }
  }
  return found;
};

export const passThrough: Detector = (g, p) => {
  const [minIn, hours, share, minEvents] = ['minInflowUsd', 'maxHours', 'minPassThrough', 'minEvents'].map(
    (k) => num(p, k),
  ) as number[];
  const found = new Set<string>();
  const accounts = new Set([...g.into.keys(), ...g.deposits.keys()]);
  for (const account of accounts) {
    const inflows: { t: number; usd: number }[] = [
      ...(g.into.get(account) ?? []),
      ...(g.deposits.get(account) ?? []),
    ];
    const outflows: { t: number; usd: number }[] = [
      ...(g.outOf.get(account) ?? []),
      ...((g.withdrawals.get(account) ?? []) as CashMove[]),
    ];
    let events = 0;
    for (const i of inflows) {
      if (i.usd < minIn!) continue;
      const out = outflows
        .filter((o) => o.t > i.t && o.t <= i.t + hours! * HOUR)
        .reduce((s, o) => s + o.usd, 0);
      if (out >= share! * i.usd) events += 1;
    }
    if (events >= minEvents!) found.add(account);
  }
  return found;
};
