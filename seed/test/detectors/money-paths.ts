/**
 * Reference detectors for the path typologies — cycles, layering chains, round trips and
 * scatter-gather — written straight from the rules in the ground truth, in plain TypeScript.
 */
import { DAY, num, targets, type Graph, type Transfer } from '../support/graph';
import type { Detector } from './types';

/** Transfers out of `t.to` that can follow `t` (strictly later, within `days`, amount in band). */
function nextHops(g: Graph, t: Transfer, days: number, lo: number, hi: number): Transfer[] {
  return (g.outOf.get(t.to) ?? []).filter(
    (n) => n.t > t.t && n.t <= t.t + days * DAY && n.usd >= lo * t.usd && n.usd <= hi * t.usd,
  );
}

export const cycles: Detector = (g, p) => {
  const [minA, maxA, hop, span, lo, hi, min] = [
    'minAccounts',
    'maxAccounts',
    'maxHopDays',
    'maxCycleDays',
    'minRetention',
    'maxRetention',
    'minAmountUsd',
  ].map((k) => num(p, k)) as number[];
  const found = new Set<string>();
  for (const t0 of g.transfers) {
    if (t0.usd < min! || t0.to === t0.from) continue;
    const walk = (t: Transfer, path: string[]): void => {
      for (const n of nextHops(g, t, hop!, lo!, hi!)) {
        if (n.t > t0.t + span! * DAY) continue;
        if (n.to === t0.from && path.length >= minA!) found.add(t0.from);
        else if (!path.includes(n.to) && n.to !== t0.from && path.length < maxA!) walk(n, [...path, n.to]);
      }
    };
    walk(t0, [t0.from, t0.to]);
  }
  return found;
};

export const layeringChains: Detector = (g, p) => {
  const [minHops, maxHops, hop, lo, hi, min] = [
    'minHops',
    'maxHops',
    'maxHopDays',
    'minRetention',
    'maxRetention',
    'minAmountUsd',
  ].map((k) => num(p, k)) as number[];
  const found = new Set<string>();
  for (const t0 of g.transfers) {
    if (t0.usd < min!) continue;
    const predecessor = (g.into.get(t0.from) ?? []).some(
      (x) => x.t < t0.t && t0.t <= x.t + hop! * DAY && t0.usd >= lo! * x.usd && t0.usd <= hi! * x.usd,
    );
    if (predecessor) continue;
    const depth = (t: Transfer, path: string[]): number => {
      if (path.length - 1 >= maxHops!) return path.length - 1;
      let best = path.length - 1;
      for (const n of nextHops(g, t, hop!, lo!, hi!))
        if (!path.includes(n.to)) best = Math.max(best, depth(n, [...path, n.to]));
      return best;
    };
    if (depth(t0, [t0.from, t0.to]) >= minHops!) found.add(t0.from);
  }
  return found;
};

export const scatterGather: Detector = (g, p) => {
  const [minMid, hop, lo, hi, minTotal] = [
    'minIntermediaries',
    'maxHopDays',
    'minRetention',
    'maxRetention',
    'minTotalUsd',
  ].map((k) => num(p, k)) as number[];
  const found = new Set<string>();
  const legs = new Map<string, Map<string, number>>();
  for (const t1 of g.transfers) {
    for (const t2 of nextHops(g, t1, hop!, lo!, hi!)) {
      if (t2.to === t1.from) continue;
      const key = `${t1.from}>${t2.to}`;
      const mids = legs.get(key) ?? new Map<string, number>();
      if (!mids.has(t1.to)) mids.set(t1.to, t1.usd);
      legs.set(key, mids);
    }
  }
  for (const [key, mids] of legs) {
    const total = [...mids.values()].reduce((s, x) => s + x, 0);
    if (mids.size >= minMid! && total >= minTotal!) found.add(key.split('>')[0]!);
  }
  return found;
};

/** Persons controlling each account: holders, or via OWNS/DIRECTOR_OF within `hops` links. */
function controllers(g: Graph, hops: number): Map<string, Set<string>> {
  const control = new Map<string, Set<string>>();
  for (const person of [...(g.byType.get('Person') ?? []), ...(g.byType.get('Official') ?? [])]) {
    const reach = new Set<string>([person.id]);
    let frontier = [person.id];
    for (let i = 0; i < hops; i++) {
      frontier = frontier
        .flatMap((x) => [...targets(g, x, 'OWNS'), ...targets(g, x, 'DIRECTOR_OF')])
        .filter((x) => !reach.has(x));
      frontier.forEach((x) => reach.add(x));
    }
    for (const holder of reach) {
      for (const account of targets(g, holder, 'HOLDS_ACCOUNT')) {
        const set = control.get(account) ?? new Set();
        set.add(person.id);
        control.set(account, set);
      }
    }
  }
  return control;
}

export const roundTrips: Detector = (g, p) => {
  const [maxHops, hop, lo, min, controlHops] = [
    'maxHops',
    'maxHopDays',
    'minRetention',
    'minAmountUsd',
    'maxControlHops',
  ].map((k) => num(p, k)) as number[];
  const country = (acc: string) => g.entities.get(acc)?.country as string;
  const control = controllers(g, controlHops!);
  const found = new Set<string>();
  for (const t0 of g.transfers) {
    if (t0.usd < min!) continue;
    const a1 = t0.from;
    const walk = (t: Transfer, path: string[]): void => {
      const a2 = t.to;
      if (
        path.length >= 3 &&
        a2 !== a1 &&
        country(a2) === country(a1) &&
        path.slice(1, -1).some((x) => country(x) !== country(a1))
      ) {
        for (const person of control.get(a1) ?? []) if (control.get(a2)?.has(person)) found.add(person);
      }
      if (path.length - 1 >= maxHops!) return;
      for (const n of nextHops(g, t, hop!, lo!, 1)) if (!path.includes(n.to)) walk(n, [...path, n.to]);
    };
    walk(t0, [a1, t0.to]);
  }
  return found;
};
