/**
 * MONEY_ROUND_TRIPPING: money leaves a company in Peru (or Brazil), passes through accounts in
 * Panama (or the Emirates and Hong Kong) and comes back weeks later as a "loan" to another
 * company of the same owner. Look-alikes: the same route ending at an unrelated company, and an
 * owner's round trip that brings back only a third.
 */
import type { Rng } from '../core/rng';
import { DAY } from '../core/time';
import { own } from '../factory/company';
import { transfer } from '../factory/money';
import { createPerson } from '../factory/person';
import type { Block } from '../world/block';
import type { PartyRef } from '../world/registry';
import { firm, someDay, type Holder } from './actors';

function route(
  b: Block,
  rng: Rng,
  from: Holder,
  via: string[],
  to: Holder,
  lastRetention?: number,
): string[] {
  const stops = via.map((iso) => firm(b, rng, iso, ['TRADER'], 'shell'));
  const path = [from, ...stops, to];
  let t = someDay(rng, 2020, 2024);
  let amount = rng.float(300_000, 1_200_000);
  const txns: string[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    if (i > 0) {
      t += rng.float(5, 25) * DAY;
      amount *= i === path.length - 2 && lastRetention ? lastRetention : rng.float(0.9, 0.98);
    }
    const purpose =
      i === path.length - 2
        ? 'loan disbursement'
        : rng.pick(['investment', 'purchase of shares', 'consulting services']);
    txns.push(transfer(b, rng, path[i]!.account, path[i + 1]!.account, t, amount, purpose));
  }
  return [...stops.map((s) => s.account.id), ...txns];
}

function ownedPair(
  b: Block,
  rng: Rng,
  iso: string,
  viaHolding: boolean,
): { owner: PartyRef; first: Holder; second: Holder } {
  const owner = createPerson(b, { country: iso, rng, born: [1955, 1980] });
  const first = firm(b, rng, iso, ['EXPORTER', 'TRADER'], 'gold', { owners: [{ party: owner, share: 1 }] });
  if (!viaHolding) {
    const second = firm(b, rng, iso, ['MINER'], 'mining', { owners: [{ party: owner, share: 0.6 }] });
    return { owner, first, second };
  }
  const holding = firm(b, rng, iso, ['HOLDING'], 'holding', { directors: [owner] });
  own(b, owner, holding.party, 1);
  const second = firm(b, rng, iso, ['MINER'], 'mining', { owners: [{ party: holding.party, share: 0.8 }] });
  return { owner, first, second };
}

export function plantRoundTrips(b: Block): void {
  const rng = b.rng.fork('plant:round-trip');
  const cases: [string, string[], boolean][] = [
    ['PE', ['PA'], false],
    ['BR', ['AE', 'HK'], true],
  ];
  for (const [iso, via, holding] of cases) {
    const { owner, first, second } = ownedPair(b, rng, iso, holding);
    const ids = route(b, rng, first, via, second);
    b.truth.instance('MONEY_ROUND_TRIPPING', {
      subject: owner.id,
      entities: [first.party.id, first.account.id, second.party.id, second.account.id, ...ids],
      size: via.length + 1,
      description: `A company in ${iso} sends USD 0.3–1.2 m abroad (${via.join(' → ')}); 5–25 days per hop later 90–98 % of it comes back as a "loan" to another ${iso} company ${holding ? 'owned through a holding by' : 'also owned by'} the same person.`,
      details: { from: first.account.id, to: second.account.id, via },
    });
  }
  const a = ownedPair(b, rng, 'PE', false);
  const stranger = firm(b, rng, 'PE', ['MINER'], 'mining');
  const ids = route(b, rng, a.first, ['PA'], stranger);
  b.truth.lookAlike('MONEY_ROUND_TRIPPING', {
    subject: a.owner.id,
    entities: [a.first.account.id, stranger.account.id, ...ids],
    why: 'Money leaves Peru through Panama and returns, but to a company the owner does not control (a genuine purchase through a Panamanian distributor).',
  });
  const c = ownedPair(b, rng, 'CO', false);
  const idsC = route(b, rng, c.first, ['PA'], c.second, 0.35);
  b.truth.lookAlike('MONEY_ROUND_TRIPPING', {
    subject: c.owner.id,
    entities: [c.first.account.id, c.second.account.id, ...idsC],
    why: 'Leaves Colombia and comes back to a company of the same owner, but only 35 % of it (minRetention is 0.8).',
  });
}
