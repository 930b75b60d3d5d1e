/**
 * Where the gold goes: refineries (LBMA good-delivery, national or unaccredited), traders in the
 * transit hubs, genuine scrap recyclers, and the legal mercury trade (a Mexican chemicals
 * exporter selling to a US dental supplier) that has nothing to do with mining.
 */
import type { ACCREDITATIONS } from '@touchstone/domain';
import type { Rng } from '../core/rng';
import { utc } from '../core/time';
import { createAccount } from '../factory/account';
import { createCompany, type CompanyKind } from '../factory/company';
import { createPerson } from '../factory/person';
import type { Block } from './block';
import type { CompanyRef } from './registry';

type Accreditation = (typeof ACCREDITATIONS)[number];

const REFINERIES: [string, Accreditation][] = [
  ['CH', 'LBMA_GOOD_DELIVERY'],
  ['CH', 'LBMA_GOOD_DELIVERY'],
  ['CH', 'LBMA_GOOD_DELIVERY'],
  ['AE', 'LBMA_GOOD_DELIVERY'],
  ['AE', 'NONE'],
  ['TR', 'LBMA_GOOD_DELIVERY'],
  ['IN', 'NATIONAL'],
  ['US', 'LBMA_GOOD_DELIVERY'],
  ['GB', 'LBMA_GOOD_DELIVERY'],
  ['ZA', 'LBMA_GOOD_DELIVERY'],
];
const HUB_TRADERS = ['AE', 'AE', 'AE', 'HK', 'TR', 'PA', 'PA', 'CW'];
const RECYCLERS = ['US', 'GB', 'IT'];

/** A company with a director, an owner and a USD account, for the international trade. */
export function tradeCompany(
  b: Block,
  rng: Rng,
  iso: string,
  kinds: CompanyKind[],
  refinery?: Accreditation,
): CompanyRef {
  const director = createPerson(b, { country: iso, rng, born: [1955, 1985] });
  const style = refinery
    ? 'gold'
    : kinds.includes('OTHER')
      ? 'general'
      : kinds.includes('TRADER')
        ? 'gold'
        : 'shell';
  const company = createCompany(b, {
    country: iso,
    rng,
    kinds,
    style,
    refinery,
    incorporated: utc(rng.int(1985, 2012), rng.int(1, 12), rng.int(1, 28)),
    directors: [director],
  });
  createAccount(b, company, { country: iso, rng, currency: 'USD' });
  return company;
}

export function buildMarkets(b: Block): void {
  const rng = b.rng.fork('markets');
  for (const [iso, accreditation] of REFINERIES)
    b.world.refineries.push(tradeCompany(b, rng, iso, ['REFINER'], accreditation));
  for (const iso of HUB_TRADERS) b.world.hubTraders.push(tradeCompany(b, rng, iso, ['TRADER']));
  for (const iso of RECYCLERS) b.world.recyclers.push(tradeCompany(b, rng, iso, ['TRADER', 'OTHER']));
}

/** The refineries of a country. */
export const refineriesIn = (b: Block, iso: string): CompanyRef[] =>
  b.world.refineries.filter((r) => r.country === iso);
/** The hub traders of a country. */
export const tradersIn = (b: Block, iso: string): CompanyRef[] =>
  b.world.hubTraders.filter((r) => r.country === iso);
