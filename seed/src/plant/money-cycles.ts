/**
 * MONEY_CYCLE: rings of shell companies in several jurisdictions passing money round in a few
 * days, each keeping a 12–18 % cut, back to where it started (sizes 3, 5 and 7). Look-alikes
 * have the ring's shape but a hop out of time order, a 45 % loss, or a five-day pause.
 */
import type { Rng } from '../core/rng';
import { transfer } from '../factory/money';
import type { Block } from '../world/block';
import { after, firm, someDay, type Holder } from './actors';

const COUNTRIES = ['PE', 'PA', 'AE', 'HK', 'CW', 'TR', 'CO', 'BO'];
const PURPOSES = [
  'consulting services',
  'loan',
  'commission',
  'purchase of equipment',
  'investment',
  'freight services',
];

function ring(b: Block, rng: Rng, size: number): Holder[] {
  const countries = rng.shuffle(COUNTRIES);
  return Array.from({ length: size }, (_, i) =>
    firm(b, rng, countries[i % countries.length]!, ['TRADER'], 'shell'),
  );
}

interface Hop {
  hours: [number, number];
  retention: [number, number];
}

/** Sends money round the ring; `timeOf(i, t)` may move a hop. Returns the transaction ids. */
function runRing(
  b: Block,
  rng: Rng,
  members: Holder[],
  hop: (i: number) => Hop,
  timeOf?: (i: number, t: number, start: number) => number,
): string[] {
  const start = someDay(rng, 2020, 2024);
  let t = start;
  let amount = rng.float(120_000, 900_000);
  const txns: string[] = [];
  members.forEach((from, i) => {
    const to = members[(i + 1) % members.length]!;
    const h = hop(i);
    if (i > 0) {
      t = after(rng, t, h.hours[0], h.hours[1]);
      amount *= rng.float(h.retention[0], h.retention[1]);
    }
    const at = timeOf ? timeOf(i, t, start) : t;
    txns.push(transfer(b, rng, from.account, to.account, at, amount, rng.pick(PURPOSES)));
  });
  return txns;
}

const normal: Hop = { hours: [6, 60], retention: [0.82, 0.88] };

export function plantCycles(b: Block): void {
  const rng = b.rng.fork('plant:cycles');
  for (const size of [3, 5, 7]) {
    const members = ring(b, rng, size);
    const txns = runRing(b, rng, members, () => normal);
    b.truth.instance('MONEY_CYCLE', {
      subject: members[0]!.account.id,
      entities: [...members.flatMap((m) => [m.account.id, m.party.id]), ...txns],
      size,
      description: `${size} shell companies in ${size} jurisdictions pass money round in under ${Math.ceil((size * 60) / 24)} days: each transfer 6–60 h after the previous one, keeping 82–88 % of it, the last one returning to the first account.`,
      details: { accounts: members.map((m) => m.account.id), transactions: txns },
    });
  }
  const outOfOrder = ring(b, rng, 4);
  const txA = runRing(
    b,
    rng,
    outOfOrder,
    () => normal,
    (i, t, start) => (i === 1 ? start - 26 * 3_600_000 : t),
  );
  b.truth.lookAlike('MONEY_CYCLE', {
    subject: outOfOrder[0]!.account.id,
    entities: [...outOfOrder.map((m) => m.account.id), ...txA],
    why: 'A ring of 4 accounts whose second transfer happened a day before the first: no rotation of it is in time order.',
  });
  const lossy = ring(b, rng, 5);
  const txB = runRing(b, rng, lossy, (i) => (i === 2 ? { hours: [6, 60], retention: [0.5, 0.6] } : normal));
  b.truth.lookAlike('MONEY_CYCLE', {
    subject: lossy[0]!.account.id,
    entities: [...lossy.map((m) => m.account.id), ...txB],
    why: 'A ring of 5 accounts in time order, but the third transfer keeps only 50–60 % of the second (below minRetention 0.8).',
  });
  const slow = ring(b, rng, 4);
  const txC = runRing(b, rng, slow, () => ({ hours: [100, 120], retention: [0.82, 0.88] }));
  b.truth.lookAlike('MONEY_CYCLE', {
    subject: slow[0]!.account.id,
    entities: [...slow.map((m) => m.account.id), ...txC],
    why: 'A ring of 4 accounts with the right amounts, but 4–5 days between transfers (more than maxHopDays 3).',
  });
}
