/**
 * Movements of money as Transaction nodes between accounts (DOMAIN §2: a node lets a path
 * query check time order and amounts hop by hop). Transfers have SENT and TO; cash deposits
 * only TO, cash withdrawals only SENT, both with the person at the counter (DEPOSITED_BY).
 */
import type { TRANSACTION_CHANNELS } from '@touchstone/domain';
import type { Rng } from '../core/rng';
import { isoDateTime } from '../core/time';
import type { Block } from '../world/block';
import type { AccountRef, PartyRef } from '../world/registry';

export type Channel = (typeof TRANSACTION_CHANNELS)[number];

const cents = (x: number): number => Math.round(x * 100) / 100;

function transaction(
  b: Block,
  rng: Rng,
  account: AccountRef,
  at: number,
  amountUsd: number,
  channel: Channel,
  purpose?: string,
): string {
  return b.emit.entity('Transaction', {
    amount: cents(amountUsd * account.perUsd),
    currency: account.currency,
    amountUsd: cents(amountUsd),
    timestamp: isoDateTime(at),
    channel,
    purpose,
    reference: `${channel === 'WIRE' ? 'TRF' : channel.slice(0, 3)}${rng.digits(10)}`,
  });
}

export interface TransferOptions {
  channel?: Channel;
  /** The shipment this payment settles. */
  settles?: string;
}

/** A payment from one account to another; returns the Transaction id. */
export function transfer(
  b: Block,
  rng: Rng,
  from: AccountRef,
  to: AccountRef,
  at: number,
  amountUsd: number,
  purpose: string,
  o: TransferOptions = {},
): string {
  const id = transaction(b, rng, from, at, amountUsd, o.channel ?? 'WIRE', purpose);
  b.emit.supportedBy(id, from.doc);
  b.emit.fact('SENT', from.id, id, from.doc);
  b.emit.fact('TO', id, to.id, to.doc);
  if (o.settles) b.emit.fact('SETTLES', id, o.settles, from.doc);
  return id;
}

/** Cash paid into an account by a person at the counter. */
export function cashDeposit(
  b: Block,
  rng: Rng,
  to: AccountRef,
  by: PartyRef,
  at: number,
  amountUsd: number,
  purpose?: string,
): string {
  const id = transaction(b, rng, to, at, amountUsd, 'CASH_DEPOSIT', purpose);
  b.emit.supportedBy(id, to.doc);
  b.emit.fact('TO', id, to.id, to.doc);
  b.emit.fact('DEPOSITED_BY', id, by.id, to.doc);
  return id;
}

/** Cash taken out of an account by a person. */
export function cashWithdrawal(
  b: Block,
  rng: Rng,
  from: AccountRef,
  by: PartyRef,
  at: number,
  amountUsd: number,
): string {
  const id = transaction(b, rng, from, at, amountUsd, 'CASH_WITHDRAWAL');
  b.emit.supportedBy(id, from.doc);
  b.emit.fact('SENT', from.id, id, from.doc);
  b.emit.fact('DEPOSITED_BY', id, by.id, from.doc);
  return id;
}
