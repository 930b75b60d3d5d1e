/**
 * Small builders the planters share: a company or person with its own account (a shell, a
 * front, a mule), a business-hours instant in a given year, and hop timing. Planted accounts
 * are dedicated, so ordinary flows never mix with planted ones.
 */
import type { Rng } from '../core/rng';
import { HOUR, utc } from '../core/time';
import { createAccount } from '../factory/account';
import { createCompany, type CompanyKind, type CompanyOptions, type NameStyle } from '../factory/company';
import { createPerson } from '../factory/person';
import type { Block } from '../world/block';
import type { AccountRef, CompanyRef, PartyRef } from '../world/registry';

export interface Holder<T extends PartyRef = PartyRef> {
  party: T;
  account: AccountRef;
}

/** A company with a new director and its own account. */
export function firm(
  b: Block,
  rng: Rng,
  iso: string,
  kinds: CompanyKind[],
  style: NameStyle,
  extra: Partial<CompanyOptions> = {},
): Holder<CompanyRef> {
  const party = createCompany(b, { country: iso, rng, kinds, style, ...extra });
  return {
    party,
    account: createAccount(b, party, {
      country: iso,
      rng,
      currency: ['PE', 'BR', 'CO'].includes(iso) ? undefined : 'USD',
    }),
  };
}

/** A person with an account. */
export function individual(b: Block, rng: Rng, iso: string): Holder {
  const party = createPerson(b, { country: iso, rng, born: [1970, 2001] });
  return { party, account: createAccount(b, party, { country: iso, rng }) };
}

/** A business-hours instant on a random day of the years given (never in the last two weeks of 2025). */
export function someDay(
  rng: Rng,
  fromYear: number,
  toYear: number,
  days: [number, number] = [1, 28],
): number {
  return utc(
    rng.int(fromYear, toYear),
    rng.int(1, toYear === 2025 ? 11 : 12),
    rng.int(days[0], days[1]),
    rng.int(8, 17),
    rng.int(0, 59),
  );
}

/** The instant `minHours`–`maxHours` after `t`, rounded to the minute. */
export function after(rng: Rng, t: number, minHours: number, maxHours: number): number {
  return t + Math.round(rng.float(minHours, maxHours) * 60) * 60_000;
}

/** Hours as milliseconds. */
export const hours = (h: number): number => h * HOUR;

/** The smallest id of a list (string order), the subject of some patterns. */
export const smallestId = (ids: readonly string[]): string => [...ids].sort()[0]!;
