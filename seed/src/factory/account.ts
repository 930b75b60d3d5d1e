/**
 * Bank accounts: number, bank, country, currency and opening date, held by a person or company
 * (or by no one on file, like a treasury payroll account). Each account comes with the
 * statement its transactions are read from.
 */
import type { Rng } from '../core/rng';
import { isoDate, utc } from '../core/time';
import { countryInfo } from '../reference/countries';
import type { Block } from '../world/block';
import type { AccountRef, PartyRef } from '../world/registry';
import { countryId } from './places';

const BANKS: Record<string, readonly string[]> = {
  es: [
    'Banco Andino',
    'Banco del Pacífico Sur',
    'Caja Regional del Sur',
    'Banco Continental Andino',
    'Banco Agrario Minero',
  ],
  pt: ['Banco Amazônia Norte', 'Banco Serra Dourada', 'Banco Cooperativo do Pará'],
  ar: ['Gulf Commercial Bank', 'Emirates Trade Bank', 'Nile Investment Bank'],
  fr: ['Banque Sahélienne de Commerce', 'Banque des Grands Lacs'],
  en: [
    'Atlantic Commerce Bank',
    'Harbour Trust Bank',
    'Standard Highveld Bank',
    'Lakeside Bank',
    'Coastal Bank',
  ],
  de: ['Banca del Ceresio Nuova', 'Lemania Privatbank'],
  zh: ['Pearl River Banking Corporation'],
  tr: ['Anadolu Ticaret Bankası'],
  in: ['Coromandel Bank'],
  it: ['Banca Etruria Nuova'],
};
const BANK_IDIOM: Record<string, string> = {
  es: 'es',
  pt: 'pt',
  ar: 'ar',
  wa: 'fr',
  cd: 'fr',
  ch: 'de',
  zh: 'zh',
  tr: 'tr',
  in: 'in',
  it: 'it',
};
const IBAN = new Set(['CH', 'GB', 'AE', 'TR', 'IT', 'BR']);

export interface AccountOptions {
  country: string;
  rng: Rng;
  currency?: string;
  opened?: number;
  note?: string;
}

/** Emits a BankAccount held by `holder` (if any) and returns its handle. */
export function createAccount(b: Block, holder: PartyRef | undefined, o: AccountOptions): AccountRef {
  const { rng } = o;
  const info = countryInfo(o.country);
  const bank = rng.pick(BANKS[BANK_IDIOM[info.names] ?? 'en'] ?? BANKS.en!);
  const currency = o.currency ?? info.currency;
  const number = IBAN.has(o.country)
    ? `${o.country}${rng.digits(2)}${rng.digits(16)}`
    : `${rng.digits(3)}-${rng.digits(10)}`;
  const opened = o.opened ?? utc(rng.int(2008, 2018), rng.int(1, 12), rng.int(1, 28));
  const id = b.emit.ids.next('BankAccount');
  const doc = b.docs.create({
    title: `Bank statements — ${bank}, account ${number} (${currency}), 2019–2025`,
    kind: 'BANK_STATEMENT',
    date: utc(2025, rng.int(10, 12), rng.int(1, 28)),
  });
  b.emit.entity(
    'BankAccount',
    { accountNumber: number, bank, country: o.country, currency, openedDate: isoDate(opened), note: o.note },
    id,
  );
  b.emit.supportedBy(id, doc);
  b.emit.fact('LOCATED_IN', id, countryId(b, o.country), doc);
  const perUsd = currency === info.currency ? info.perUsd : 1;
  const ref: AccountRef = { id, holderId: holder?.id, country: o.country, currency, perUsd, doc };
  if (holder) {
    b.emit.fact('HOLDS_ACCOUNT', holder.id, id, doc, { since: isoDate(opened) });
    holder.account ??= ref;
  }
  return ref;
}
