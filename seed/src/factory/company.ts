/**
 * Companies and refineries with what a registry extract shows: name, jurisdiction, number,
 * incorporation date, kinds of business, registered address, directors and shareholders. Each
 * company has its own extract, the source of all those links.
 */
import type { ACCREDITATIONS, COMPANY_KINDS } from '@touchstone/domain';
import type { Rng } from '../core/rng';
import { isoDate, utc } from '../core/time';
import { countryInfo } from '../reference/countries';
import { COMPANY_WORDS, type NameStyle } from '../reference/company-names';
import type { Block } from '../world/block';
import type { CompanyRef, PartyRef } from '../world/registry';
import { createPerson } from './person';
import { countryId, createAddress, type AddressKind } from './places';

export type CompanyKind = (typeof COMPANY_KINDS)[number];
export type { NameStyle };

export interface CompanyOptions {
  country: string;
  rng: Rng;
  kinds: CompanyKind[];
  style: NameStyle;
  name?: string;
  /** Incorporation instant; default a date between 1990 and 2016. */
  incorporated?: number;
  refinery?: (typeof ACCREDITATIONS)[number];
  /** Register at this address instead of a new one of `addressKind` (default BUSINESS). */
  address?: string;
  addressKind?: AddressKind;
  /** Directors; default one new local person. Pass [] for none. */
  directors?: PartyRef[];
  owners?: { party: PartyRef; share: number }[];
  identifiers?: string[];
  note?: string;
}

/** A company name in the country's idiom. */
export function companyName(rng: Rng, iso: string, style: NameStyle, place?: string): string {
  const words = COMPANY_WORDS[countryInfo(iso).names];
  const lead = place ?? rng.pick(words.lead);
  return `${rng.pick(words.trade[style])} ${lead} ${rng.pick(words.suffix)}`;
}

export function createCompany(b: Block, o: CompanyOptions): CompanyRef {
  const { rng } = o;
  const info = countryInfo(o.country);
  const name = o.name ?? companyName(rng, o.country, o.style);
  const incorporated = o.incorporated ?? utc(rng.int(1990, 2016), rng.int(1, 12), rng.int(1, 28));
  const type = o.refinery ? 'Refinery' : 'Company';
  const id = b.emit.ids.next(type);
  const registry = b.docs.get(`registry:${id}`, () => ({
    title: `Company registry extract — ${name}`,
    kind: 'REGISTRY_EXTRACT',
    date: utc(2025, rng.int(6, 11), rng.int(1, 28)),
  }));
  b.emit.entity(
    type,
    {
      name,
      jurisdiction: o.country,
      registrationNumber: `${o.country}-${rng.digits(8)}`,
      identifiers: [
        `TAX:${o.country}-${rng.digits(10)}`,
        `PHONE:${info.dial} ${rng.digits(8)}`,
        ...(o.identifiers ?? []),
      ],
      incorporationDate: isoDate(incorporated),
      kinds: o.kinds,
      accreditation: o.refinery,
      note: o.note,
    },
    id,
  );
  b.emit.supportedBy(id, registry);
  b.emit.fact('INCORPORATED_IN', id, countryId(b, o.country), registry);
  const address =
    o.address ??
    createAddress(b, { country: o.country, kind: o.addressKind ?? 'BUSINESS', rng, doc: registry });
  b.emit.fact('REGISTERED_AT', id, address, registry, { since: isoDate(incorporated) });
  const directors = o.directors ?? [createPerson(b, { country: o.country, rng, born: [1950, 1990] })];
  for (const d of directors) {
    b.emit.fact('DIRECTOR_OF', d.id, id, registry, { role: 'director', since: isoDate(incorporated) });
  }
  for (const owner of o.owners ?? []) {
    b.emit.fact('OWNS', owner.party.id, id, registry, { share: owner.share, since: isoDate(incorporated) });
  }
  return { id, name, country: o.country, kinds: o.kinds, incorporated, registry };
}

/** Records a shareholding after the fact (holding structures, planted chains). */
export function own(
  b: Block,
  owner: PartyRef,
  company: CompanyRef,
  share: number,
  since = company.incorporated,
): void {
  b.emit.fact('OWNS', owner.id, company.id, company.registry, { share, since: isoDate(since) });
}
