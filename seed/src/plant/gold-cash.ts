/**
 * GOLD_CASH_FOR_GOLD: "gold purchase" payments to a front that ships nothing and takes the money
 * out in cash within days — twice in Colombia, four times from a Dubai company to a Ghanaian
 * buyer. Look-alikes: a payment for gold that really moved (a matching export) then withdrawn
 * in cash to pay miners, and a single such payment.
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import { cashWithdrawal, transfer } from '../factory/money';
import { createPerson } from '../factory/person';
import type { Block } from '../world/block';
import type { PartyRef } from '../world/registry';
import { after, firm, someDay, type Holder } from './actors';
import { goldShipment } from './gold-actors';

/** A payment of gold purchase followed 52 h – 5 days later by cash withdrawals of 85–95 % of it. */
function cashedPayment(
  b: Block,
  rng: Rng,
  payer: Holder,
  payee: Holder,
  by: PartyRef,
  at: number,
  amount: number,
): string[] {
  const paid = transfer(b, rng, payer.account, payee.account, at, amount, 'gold purchase');
  const share = rng.float(0.85, 0.95);
  const parts = rng.int(2, 3);
  const first = after(rng, at, 52, 80);
  const cash = Array.from({ length: parts }, (_, i) =>
    cashWithdrawal(
      b,
      rng,
      payee.account,
      by,
      first + i * rng.float(2, 14) * 3_600_000,
      (amount * share) / parts,
    ),
  );
  return [paid, ...cash];
}

function front(b: Block, rng: Rng, payerIso: string, payeeIso: string, payments: number) {
  const payer = firm(b, rng, payerIso, ['TRADER'], payerIso === 'AE' ? 'shell' : 'gold');
  const manager = createPerson(b, { country: payeeIso, rng, born: [1975, 1995] });
  const payee = firm(b, rng, payeeIso, ['GOLD_BUYER'], 'gold', { directors: [manager] });
  const funder = firm(b, rng, 'PA', ['TRADER'], 'shell');
  let t = someDay(rng, 2020, 2025);
  const txns: string[] = [];
  for (let i = 0; i < payments; i++) {
    const amount = rng.float(80_000, 150_000);
    transfer(b, rng, funder.account, payer.account, t - rng.int(8, 12) * DAY, amount * 1.02, 'investment');
    txns.push(...cashedPayment(b, rng, payer, payee, manager, t, amount));
    t += rng.int(14, 24) * DAY;
  }
  return { payer, payee, funder, txns };
}

export function plantCashForGold(b: Block): void {
  const rng = b.rng.fork('plant:cash-for-gold');
  for (const [payerIso, payeeIso, n] of [
    ['CO', 'CO', 2],
    ['AE', 'GH', 4],
  ] as const) {
    const { payer, payee, funder, txns } = front(b, rng, payerIso, payeeIso, n);
    b.truth.instance('GOLD_CASH_FOR_GOLD', {
      subject: payee.account.id,
      entities: [payee.party.id, payer.party.id, payer.account.id, funder.account.id, ...txns],
      size: n,
      description: `${n} transfers of USD 80–150k marked "gold purchase" reach a gold buyer that never ships anything to the payer; each time 85–95 % is withdrawn in cash 2–4 days later.`,
      details: { payments: txns },
    });
  }
  const owner = createPerson(b, { country: 'PE', rng, born: [1960, 1985] });
  const exporter = firm(b, rng, 'PE', ['EXPORTER', 'TRADER'], 'gold', { directors: [owner] });
  const buyer = firm(b, rng, 'AE', ['TRADER'], 'gold');
  const date = utc(rng.int(2021, 2024), rng.int(2, 10), rng.int(1, 20), 10);
  const parcel = goldShipment(b, rng, {
    exporter: exporter.party,
    consignee: buyer.party,
    from: 'PE',
    to: 'AE',
    date,
    fineKg: rng.float(8, 15),
    settle: false,
  });
  const real = cashedPayment(b, rng, buyer, exporter, owner, date + 10 * DAY, parcel.valueUsd * 0.99);
  b.truth.lookAlike('GOLD_CASH_FOR_GOLD', {
    subject: exporter.account.id,
    entities: [buyer.account.id, parcel.id, ...real],
    why: 'A "gold purchase" payment withdrawn in cash (to pay artisanal suppliers) — but the payee exported a matching shipment to the payer 10 days earlier: gold moved.',
  });
  const once = front(b, rng, 'BO', 'BO', 1);
  b.truth.lookAlike('GOLD_CASH_FOR_GOLD', {
    subject: once.payee.account.id,
    entities: [once.payee.party.id, once.payer.account.id, once.funder.account.id, ...once.txns],
    why: 'One such payment only (minPayments is 2).',
  });
}
