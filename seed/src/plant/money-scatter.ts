/**
 * MONEY_SCATTER_GATHER and MONEY_GATHER_SCATTER. Scatter-gather: one account splits a sum over
 * 3 or 4 intermediaries who each pass ~90 % on to one foreign account within 10–60 h.
 * Gather-scatter: a hub collects from 3 or 4 one-off senders in a week and pays 3 or 4 others
 * 50–70 h after the last receipt. Look-alikes: the same shapes with slow second legs.
 */
import type { Rng } from '../core/rng';
import { DAY } from '../core/time';
import { transfer } from '../factory/money';
import type { Block } from '../world/block';
import { after, firm, individual, someDay } from './actors';

function scatterGather(b: Block, rng: Rng, k: number, slowHours?: [number, number]) {
  const source = firm(b, rng, 'PE', ['EXPORTER', 'TRADER'], 'gold');
  const mids = Array.from({ length: k }, () => individual(b, rng, 'PE'));
  const sink = firm(b, rng, rng.pick(['PA', 'AE']), ['TRADER'], 'shell');
  let t = someDay(rng, 2020, 2025);
  const txns: string[] = [];
  for (const m of mids) {
    t = after(rng, t, 2, 8);
    const amount = rng.float(25_000, 60_000);
    txns.push(transfer(b, rng, source.account, m.account, t, amount, 'lot advance'));
    const [lo, hi] = slowHours ?? [10, 40];
    txns.push(
      transfer(
        b,
        rng,
        m.account,
        sink.account,
        after(rng, t, lo, hi),
        amount * rng.float(0.88, 0.97),
        'transfer',
      ),
    );
  }
  return { source, mids, sink, txns };
}

function gatherScatter(b: Block, rng: Rng, senders: number, receivers: number, delayHours: [number, number]) {
  const hub = firm(b, rng, rng.pick(['AE', 'HK']), ['TRADER'], 'shell');
  const ins = Array.from({ length: senders }, () =>
    firm(b, rng, rng.pick(['PE', 'CO', 'BO']), ['GOLD_BUYER'], 'gold'),
  );
  const outs = Array.from({ length: receivers }, () =>
    firm(b, rng, rng.pick(['CH', 'TR', 'IN', 'HK']), ['TRADER'], 'shell'),
  );
  const last = someDay(rng, 2020, 2025);
  const txns: string[] = [];
  let total = 0;
  ins.forEach((s, i) => {
    const at = i === ins.length - 1 ? last : last - rng.float(1, 6) * DAY;
    const amount = rng.float(15_000, 40_000);
    total += amount;
    txns.push(transfer(b, rng, s.account, hub.account, at, amount, 'gold lot payment'));
  });
  const paidOut = total * rng.float(0.85, 0.95);
  const weights = outs.map(() => rng.float(0.7, 1.3));
  const w = weights.reduce((s, x) => s + x, 0);
  outs.forEach((r, i) =>
    txns.push(
      transfer(
        b,
        rng,
        hub.account,
        r.account,
        after(rng, last, delayHours[0], delayHours[1]),
        (paidOut * weights[i]!) / w,
        'settlement',
      ),
    ),
  );
  return { hub, ins, outs, txns };
}

export function plantScatter(b: Block): void {
  const rng = b.rng.fork('plant:scatter');
  for (const k of [3, 4]) {
    const { source, mids, sink, txns } = scatterGather(b, rng, k);
    b.truth.instance('MONEY_SCATTER_GATHER', {
      subject: source.account.id,
      entities: [
        source.party.id,
        sink.account.id,
        sink.party.id,
        ...mids.flatMap((m) => [m.account.id, m.party.id]),
        ...txns,
      ],
      size: k,
      description: `A Peruvian exporter pays "lot advances" of USD 25–60k to ${k} individuals within hours; each passes 88–97 % of it to the same offshore company 10–40 h later.`,
      details: {
        source: source.account.id,
        intermediaries: mids.map((m) => m.account.id),
        sink: sink.account.id,
        transactions: txns,
      },
    });
  }
  const slow = scatterGather(b, rng, 3, [110, 140]);
  b.truth.lookAlike('MONEY_SCATTER_GATHER', {
    subject: slow.source.account.id,
    entities: [slow.sink.account.id, ...slow.mids.map((m) => m.account.id), ...slow.txns],
    why: 'Same shape with 3 intermediaries, but each passes the money on after 4.5–6 days (more than maxHopDays 3).',
  });

  for (const [s, r] of [
    [3, 3],
    [4, 4],
  ] as const) {
    const { hub, ins, outs, txns } = gatherScatter(b, rng, s, r, [50, 70]);
    b.truth.instance('MONEY_GATHER_SCATTER', {
      subject: hub.account.id,
      entities: [hub.party.id, ...ins.map((x) => x.account.id), ...outs.map((x) => x.account.id), ...txns],
      size: s + r,
      description: `An offshore hub receives USD 15–40k from ${s} gold buyers within 6 days, then 50–70 h after the last receipt pays ${r} other companies 85–95 % of the total.`,
      details: {
        hub: hub.account.id,
        senders: ins.map((x) => x.account.id),
        receivers: outs.map((x) => x.account.id),
        transactions: txns,
      },
    });
  }
  const distributor = gatherScatter(b, rng, 4, 4, [220, 290]);
  b.truth.lookAlike('MONEY_GATHER_SCATTER', {
    subject: distributor.hub.account.id,
    entities: [
      ...distributor.ins.map((x) => x.account.id),
      ...distributor.outs.map((x) => x.account.id),
      ...distributor.txns,
    ],
    why: 'A trader collects from 4 customers and pays 4 suppliers, but 9–12 days after the last receipt (scatterWithinDays is 3).',
  });
}
