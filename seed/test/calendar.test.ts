import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from './support/demo';
import { HOUR, type Graph } from './support/graph';

// The design that keeps ordinary money from forming patterns: an account outside every planted
// instance and look-alike never pays out within 72 hours after being paid, and never pays a
// counterparty only once.
let graph: Graph;
let planted: Set<string>;
beforeAll(async () => {
  ({ graph } = await dataset());
  planted = new Set([...graph.truth.instances, ...graph.truth.lookAlikes].flatMap((x) => x.entities));
}, 60_000);

const ordinary = (g: Graph, planted: Set<string>) =>
  [...new Set([...g.into.keys(), ...g.outOf.keys()])].filter(
    (a) => !planted.has(a) && !(g.holders.get(a) ?? []).some((h) => planted.has(h)),
  );

describe('ordinary money', () => {
  it('never moves on within 72 h of arriving', () => {
    const fast: string[] = [];
    for (const account of ordinary(graph, planted)) {
      const outs = [...(graph.outOf.get(account) ?? []), ...(graph.withdrawals.get(account) ?? [])];
      const ins = [...(graph.into.get(account) ?? []), ...(graph.deposits.get(account) ?? [])];
      for (const i of ins)
        if (outs.some((o) => o.t > i.t && o.t <= i.t + 72 * HOUR && o.usd >= 0.5 * i.usd))
          fast.push(`${account}@${i.id}`);
    }
    expect(fast.slice(0, 5)).toEqual([]);
  });

  it('pays every counterparty more than once, at least ten days apart', () => {
    const oneOff: string[] = [];
    for (const account of ordinary(graph, planted)) {
      const byPayee = new Map<string, number[]>();
      for (const t of graph.outOf.get(account) ?? []) byPayee.set(t.to, [...(byPayee.get(t.to) ?? []), t.t]);
      for (const [payee, times] of byPayee)
        if (Math.max(...times) - Math.min(...times) <= 240 * HOUR) oneOff.push(`${account}>${payee}`);
    }
    expect(oneOff.slice(0, 5)).toEqual([]);
  });
});
