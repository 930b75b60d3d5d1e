/**
 * MONEY_STRUCTURING: cash paid into a gold buyer's account in amounts just under the USD 10,000
 * reporting threshold — four deposits by one person in eight days, and seven by four people in
 * nine days (smurfing) — later wired abroad. Look-alikes: near-threshold deposits once a month,
 * and a cash business depositing above the threshold.
 */
import type { Rng } from '../core/rng';
import { DAY } from '../core/time';
import { cashDeposit, transfer } from '../factory/money';
import { createPerson } from '../factory/person';
import type { Block } from '../world/block';
import type { PartyRef } from '../world/registry';
import { after, firm, someDay } from './actors';

function structure(
  b: Block,
  rng: Rng,
  depositors: PartyRef[],
  count: number,
  spanDays: number,
  country: string,
) {
  const target = firm(b, rng, country, ['GOLD_BUYER'], 'gold');
  const abroad = firm(b, rng, 'PA', ['TRADER'], 'shell');
  const start = someDay(rng, 2020, 2025);
  const txns: string[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    const amount = rng.float(8_200, 9_900);
    total += amount;
    const at = i === 0 ? start : after(rng, start, 1, spanDays * 24);
    txns.push(
      cashDeposit(
        b,
        rng,
        target.account,
        depositors[i % depositors.length]!,
        at,
        amount,
        'cash sale of gold',
      ),
    );
  }
  transfer(
    b,
    rng,
    target.account,
    abroad.account,
    start + rng.int(14, 18) * DAY,
    total * rng.float(0.85, 0.95),
    'purchase of equipment',
  );
  return { target, txns };
}

export function plantStructuring(b: Block): void {
  const rng = b.rng.fork('plant:structuring');
  const one = [createPerson(b, { country: 'PE', rng })];
  const a = structure(b, rng, one, 4, 8, 'PE');
  b.truth.instance('MONEY_STRUCTURING', {
    subject: a.target.account.id,
    entities: [a.target.party.id, one[0]!.id, ...a.txns],
    size: 4,
    description:
      'One person pays cash into a gold buyer’s account 4 times within 8 days, USD 8,200–9,900 each (just under the 10,000 threshold); two weeks later most of it is wired to Panama.',
    details: { deposits: a.txns, depositors: [one[0]!.id] },
  });
  const four = Array.from({ length: 4 }, () => createPerson(b, { country: 'BO', rng }));
  const c = structure(b, rng, four, 7, 9, 'BO');
  b.truth.instance('MONEY_STRUCTURING', {
    subject: c.target.account.id,
    entities: [c.target.party.id, ...four.map((p) => p.id), ...c.txns],
    size: 7,
    description:
      'Four people (smurfs) pay cash into one account 7 times within 9 days, USD 8,200–9,900 each; two weeks later most of it is wired to Panama.',
    details: { deposits: c.txns, depositors: four.map((p) => p.id) },
  });

  const shop = firm(b, rng, 'EC', ['OTHER'], 'general');
  const owner = createPerson(b, { country: 'EC', rng });
  const first = someDay(rng, 2021, 2023, [3, 8]);
  for (let m = 0; m < 12; m++)
    cashDeposit(b, rng, shop.account, owner, first + m * 30 * DAY, rng.float(8_500, 9_500), 'shop takings');
  b.truth.lookAlike('MONEY_STRUCTURING', {
    subject: shop.account.id,
    entities: [owner.id],
    why: 'Cash deposits of USD 8,500–9,500, just under the threshold, but one a month for a year: never 3 within 10 days.',
  });
  const dealer = firm(b, rng, 'CO', ['OTHER'], 'general');
  const cashier = createPerson(b, { country: 'CO', rng });
  const open = someDay(rng, 2021, 2024);
  for (let i = 0; i < 24; i++)
    cashDeposit(
      b,
      rng,
      dealer.account,
      cashier,
      open + i * 3.5 * DAY,
      rng.float(12_000, 25_000),
      'vehicle sales',
    );
  b.truth.lookAlike('MONEY_STRUCTURING', {
    subject: dealer.account.id,
    entities: [cashier.id],
    why: 'A car dealer deposits cash twice a week for three months, but USD 12,000–25,000 each time: above the threshold and reported.',
  });
}
