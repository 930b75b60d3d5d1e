/**
 * MONEY_FAN_OUT and MONEY_FAN_IN: a front company spreading a sum over new one-off payees in a
 * few days (6 and 11 mules), and a collection account fed by one-off senders (6 and 12 smurfs,
 * each funded by a cash deposit). Look-alikes: a payroll and a landlord with the same degree but
 * recurring counterparties, and near misses with only four counterparties.
 */
import type { Rng } from '../core/rng';
import { DAY, FIRST_YEAR } from '../core/time';
import { cashDeposit, cashWithdrawal, transfer } from '../factory/money';
import type { Block } from '../world/block';
import { slotTime } from '../world/calendar';
import { after, firm, individual, someDay, type Holder } from './actors';

function fanOut(
  b: Block,
  rng: Rng,
  k: number,
  country: string,
  usd: [number, number] = [4_500, 9_500],
): { hub: Holder; mules: Holder[]; txns: string[] } {
  const hub = firm(b, rng, country, ['TRADER'], 'shell');
  const mules = Array.from({ length: k }, () => individual(b, rng, country));
  const start = someDay(rng, 2020, 2025);
  const txns = mules.map((m) => {
    const at = after(rng, start, 0, 96);
    const amount = rng.float(usd[0], usd[1]);
    const id = transfer(b, rng, hub.account, m.account, at, amount, 'payment for services');
    cashWithdrawal(b, rng, m.account, m.party, at + rng.int(6, 9) * DAY, amount * rng.float(0.4, 0.6));
    return id;
  });
  return { hub, mules, txns };
}

function fanIn(
  b: Block,
  rng: Rng,
  k: number,
  country: string,
  usd: [number, number] = [3_000, 7_400],
): { hub: Holder; senders: Holder[]; txns: string[] } {
  const hub = firm(b, rng, country, ['GOLD_BUYER'], 'gold');
  const senders = Array.from({ length: k }, () => individual(b, rng, country));
  const start = someDay(rng, 2020, 2025);
  const txns = senders.map((s) => {
    const at = after(rng, start, 0, 110);
    const amount = rng.float(usd[0], usd[1]);
    cashDeposit(b, rng, s.account, s.party, at - rng.int(3, 6) * DAY, amount * rng.float(1.0, 1.03));
    return transfer(b, rng, s.account, hub.account, at, amount, 'advance on gold lot');
  });
  return { hub, senders, txns };
}

/** Months of recurring payments in a slot (payroll, rent). */
function recurring(
  b: Block,
  rng: Rng,
  from: Holder,
  to: Holder,
  slot: 'SALARY' | 'RENT',
  amount: number,
  months: number,
  firstMonth: number,
): void {
  for (let i = firstMonth; i < firstMonth + months; i++) {
    const at = slotTime(rng, slot, FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1);
    transfer(
      b,
      rng,
      from.account,
      to.account,
      at,
      amount * rng.float(0.98, 1.02),
      slot === 'SALARY' ? 'salary' : 'rent',
    );
  }
}

export function plantFans(b: Block): void {
  const rng = b.rng.fork('plant:fans');
  for (const [k, country] of [
    [6, 'PE'],
    [11, 'CO'],
  ] as const) {
    const { hub, mules, txns } = fanOut(b, rng, k, country);
    b.truth.instance('MONEY_FAN_OUT', {
      subject: hub.account.id,
      entities: [hub.party.id, ...mules.flatMap((m) => [m.account.id, m.party.id]), ...txns],
      size: k,
      description: `A front company pays ${k} people it never paid before or since, within 4 days, USD 4,500–9,500 each; each payee withdraws about half in cash a week later.`,
      details: { payees: mules.map((m) => m.account.id), transactions: txns },
    });
  }
  for (const [k, country] of [
    [6, 'BO'],
    [12, 'PE'],
  ] as const) {
    const { hub, senders, txns } = fanIn(b, rng, k, country);
    b.truth.instance('MONEY_FAN_IN', {
      subject: hub.account.id,
      entities: [hub.party.id, ...senders.flatMap((s) => [s.account.id, s.party.id]), ...txns],
      size: k,
      description: `A gold-buying front receives "advances" from ${k} people within 5 days, USD 3,000–7,400 each, none of whom ever paid it again; each sender had paid the money in as cash days before.`,
      details: { senders: senders.map((s) => s.account.id), transactions: txns },
    });
  }

  const employer = firm(b, rng, 'PE', ['SERVICES'], 'general');
  const staff = Array.from({ length: 9 }, () => individual(b, rng, 'PE'));
  for (const s of staff) recurring(b, rng, employer, s, 'SALARY', rng.float(700, 2_400), 24, 30);
  b.truth.lookAlike('MONEY_FAN_OUT', {
    subject: employer.account.id,
    entities: [employer.party.id, ...staff.map((s) => s.account.id)],
    why: 'A mining-services contractor pays 9 employees on the same days every month for two years: a fan-out in shape, but every payee is recurring, not one-off.',
  });
  const landlord = firm(b, rng, 'BO', ['OTHER'], 'general');
  const tenants = Array.from({ length: 8 }, () => firm(b, rng, 'BO', ['OTHER'], 'general'));
  for (const t of tenants) recurring(b, rng, t, landlord, 'RENT', rng.float(600, 3_000), 24, 40);
  b.truth.lookAlike('MONEY_FAN_IN', {
    subject: landlord.account.id,
    entities: [landlord.party.id, ...tenants.map((t) => t.account.id)],
    why: 'A landlord collects rent from 8 tenants in the first two days of every month for two years: a fan-in in shape, but every payer is recurring.',
  });
  const nearOut = fanOut(b, rng, 4, 'EC', [5_500, 9_500]);
  b.truth.lookAlike('MONEY_FAN_OUT', {
    subject: nearOut.hub.account.id,
    entities: [...nearOut.mules.map((m) => m.account.id), ...nearOut.txns],
    why: 'Only 4 one-off payees in the window, USD 22,000 or more in all (minCounterparties is 5).',
  });
  const nearIn = fanIn(b, rng, 4, 'EC', [6_000, 7_400]);
  b.truth.lookAlike('MONEY_FAN_IN', {
    subject: nearIn.hub.account.id,
    entities: [...nearIn.senders.map((s) => s.account.id), ...nearIn.txns],
    why: 'Only 4 one-off senders in the window, USD 24,000 or more in all (minCounterparties is 5).',
  });
}
