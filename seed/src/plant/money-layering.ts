/**
 * MONEY_LAYERING_CHAIN: money hops through 5 and 8 accounts in different countries, each hop a
 * few hours to 2.5 days after the last and keeping 92–99 % of it. Look-alikes: a chain broken by
 * a 40 % drop, and one broken by a five-day pause, so no piece reaches five hops.
 */
import type { Rng } from '../core/rng';
import { transfer } from '../factory/money';
import type { Block } from '../world/block';
import { after, firm, individual, someDay, type Holder } from './actors';

const COUNTRIES = ['PE', 'BO', 'PA', 'CW', 'AE', 'HK', 'TR', 'CO', 'EC'];

function chain(
  b: Block,
  rng: Rng,
  hops: number,
  breakAt?: { hop: number; retention?: number; pauseHours?: number },
) {
  const accounts: Holder[] = Array.from({ length: hops + 1 }, (_, i) =>
    i % 3 === 1
      ? individual(b, rng, rng.pick(COUNTRIES))
      : firm(b, rng, rng.pick(COUNTRIES), ['TRADER'], 'shell'),
  );
  let t = someDay(rng, 2020, 2025);
  let amount = rng.float(80_000, 400_000);
  const txns: string[] = [];
  for (let i = 0; i < hops; i++) {
    if (i > 0) {
      const pause = breakAt?.hop === i && breakAt.pauseHours;
      t = pause ? after(rng, t, pause, pause + 12) : after(rng, t, 4, 60);
      amount *= breakAt?.hop === i && breakAt.retention ? breakAt.retention : rng.float(0.92, 0.99);
    }
    txns.push(
      transfer(
        b,
        rng,
        accounts[i]!.account,
        accounts[i + 1]!.account,
        t,
        amount,
        rng.pick(['loan', 'investment', 'invoice', 'transfer']),
      ),
    );
  }
  return { accounts, txns };
}

export function plantLayering(b: Block): void {
  const rng = b.rng.fork('plant:layering');
  for (const hops of [5, 8]) {
    const { accounts, txns } = chain(b, rng, hops);
    b.truth.instance('MONEY_LAYERING_CHAIN', {
      subject: accounts[0]!.account.id,
      entities: [...accounts.flatMap((a) => [a.account.id, a.party.id]), ...txns],
      size: hops,
      description: `USD 80–400k moves through ${hops} transfers across ${hops + 1} accounts in several countries, each 4–60 h after the previous one and keeping 92–99 % of it.`,
      details: { accounts: accounts.map((a) => a.account.id), transactions: txns },
    });
  }
  const dropped = chain(b, rng, 6, { hop: 2, retention: 0.6 });
  b.truth.lookAlike('MONEY_LAYERING_CHAIN', {
    subject: dropped.accounts[2]!.account.id,
    entities: [...dropped.accounts.map((a) => a.account.id), ...dropped.txns],
    why: 'Six chronological hops, but the third keeps only 60 % of the second: the longest qualifying piece starts at this account and has 4 hops (minHops is 5).',
  });
  const paused = chain(b, rng, 7, { hop: 4, pauseHours: 120 });
  b.truth.lookAlike('MONEY_LAYERING_CHAIN', {
    subject: paused.accounts[0]!.account.id,
    entities: [...paused.accounts.map((a) => a.account.id), ...paused.txns],
    why: 'Seven hops with the right amounts, but a five-day pause before the fifth: the pieces have 4 and 3 hops.',
  });
}
