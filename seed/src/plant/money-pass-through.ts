/**
 * MONEY_RAPID_PASS_THROUGH: mule accounts that receive a wire and send 85–97 % of it on (by
 * wire or cash withdrawals) within 2–30 hours, 3 and 6 times over a few months. Look-alikes: an
 * account that forwards the same share after 4–6 days, and one that does it quickly only twice.
 */
import type { Rng } from '../core/rng';
import { DAY } from '../core/time';
import { cashWithdrawal, transfer } from '../factory/money';
import type { Block } from '../world/block';
import { after, firm, individual, someDay, type Holder } from './actors';

function mule(b: Block, rng: Rng, events: number, delayHours: [number, number], country: string) {
  const account = individual(b, rng, country);
  const onward = firm(b, rng, rng.pick(['PA', 'AE', 'HK']), ['TRADER'], 'shell');
  let t = someDay(rng, 2020, 2025);
  const txns: string[] = [];
  const senders: Holder[] = [];
  for (let i = 0; i < events; i++) {
    const sender = firm(b, rng, country, ['TRADER'], 'shell');
    senders.push(sender);
    const amount = rng.float(20_000, 60_000);
    txns.push(transfer(b, rng, sender.account, account.account, t, amount, 'consulting fees'));
    const out = after(rng, t, delayHours[0], delayHours[1]);
    const share = rng.float(0.85, 0.97);
    if (rng.chance(0.5)) {
      txns.push(
        transfer(
          b,
          rng,
          account.account,
          onward.account,
          out,
          amount * share,
          'transfer to own account abroad',
        ),
      );
    } else {
      const parts = rng.int(2, 3);
      for (let p = 0; p < parts; p++)
        txns.push(
          cashWithdrawal(
            b,
            rng,
            account.account,
            account.party,
            out + p * 3_600_000,
            (amount * share) / parts,
          ),
        );
    }
    t += rng.int(10, 25) * DAY;
  }
  return { account, onward, senders, txns };
}

export function plantPassThrough(b: Block): void {
  const rng = b.rng.fork('plant:pass-through');
  for (const [events, country] of [
    [3, 'CO'],
    [6, 'PE'],
  ] as const) {
    const m = mule(b, rng, events, [2, 30], country);
    b.truth.instance('MONEY_RAPID_PASS_THROUGH', {
      subject: m.account.account.id,
      entities: [m.account.party.id, m.onward.account.id, ...m.senders.map((s) => s.account.id), ...m.txns],
      size: events,
      description: `A personal account receives ${events} wires of USD 20–60k from different companies, 10–25 days apart, and each time sends 85–97 % on within 2–30 hours (a wire abroad or 2–3 cash withdrawals), leaving almost nothing.`,
      details: { transactions: m.txns },
    });
  }
  const slow = mule(b, rng, 4, [100, 140], 'BO');
  b.truth.lookAlike('MONEY_RAPID_PASS_THROUGH', {
    subject: slow.account.account.id,
    entities: [...slow.senders.map((s) => s.account.id), ...slow.txns],
    why: 'Forwards 85–97 % of each of 4 receipts, but 4–6 days later (maxHours is 48).',
  });
  const twice = mule(b, rng, 2, [2, 30], 'EC');
  b.truth.lookAlike('MONEY_RAPID_PASS_THROUGH', {
    subject: twice.account.account.id,
    entities: [...twice.senders.map((s) => s.account.id), ...twice.txns],
    why: 'Passes money straight through, but only twice (minEvents is 3).',
  });
}
