/**
 * People: names from the country's pool (with transliterated aliases), identifiers, a birth
 * date, a residential address, and — for officials — their agency and office. Officials are
 * `Official` entities, which the domain also labels `Person`.
 */
import type { Rng } from '../core/rng';
import { isoDate, utc } from '../core/time';
import { countryInfo } from '../reference/countries';
import { PERSON_NAMES, TRANSLITERATIONS } from '../reference/person-names';
import type { Block } from '../world/block';
import type { PartyRef } from '../world/registry';
import { civilRegistry, createAddress } from './places';

export interface PersonOptions {
  country: string;
  rng: Rng;
  official?: { agency: string; office: string };
  pep?: boolean;
  sanctioned?: boolean;
  convicted?: boolean;
  /** Birth years, inclusive. */
  born?: [number, number];
  /** An existing address to register the person at; `false` for none. */
  address?: string | false;
  note?: string;
}

/** A name from the country's pool: given name and one or two family names. */
export function personName(rng: Rng, iso: string): string {
  const pool = PERSON_NAMES[countryInfo(iso).names];
  const family = pool.double ? `${rng.pick(pool.family)} ${rng.pick(pool.family)}` : rng.pick(pool.family);
  return `${rng.pick(pool.given)} ${family}`;
}

function aliasOf(name: string): string | undefined {
  const words = name.split(' ');
  const changed = words.map((w) => TRANSLITERATIONS[w] ?? w);
  return changed.some((w, i) => w !== words[i]) ? changed.join(' ') : undefined;
}

export function createPerson(b: Block, o: PersonOptions): PartyRef {
  const { rng } = o;
  const info = countryInfo(o.country);
  const name = personName(rng, o.country);
  const alias = aliasOf(name);
  const [from, to] = o.born ?? [1955, 1998];
  const born = utc(rng.int(from, to), rng.int(1, 12), rng.int(1, 28));
  const props = {
    name,
    aliases: alias ? [alias] : undefined,
    birthDate: isoDate(born),
    nationalities: [o.country],
    identifiers: [
      `PASSPORT:${o.country}${rng.digits(7)}`,
      `TAX:${o.country}-${rng.digits(9)}`,
      `PHONE:${info.dial} ${rng.digits(9)}`,
    ],
    isPep: o.pep || undefined,
    isSanctioned: o.sanctioned || undefined,
    isConvicted: o.convicted || undefined,
    note: o.note,
  };
  const id = o.official
    ? b.emit.entity('Official', { ...props, agency: o.official.agency, office: o.official.office })
    : b.emit.entity('Person', props);
  if (o.address !== false) {
    const doc = civilRegistry(b, o.country);
    const address = o.address ?? createAddress(b, { country: o.country, kind: 'RESIDENTIAL', rng, doc });
    b.emit.fact('REGISTERED_AT', id, address, doc);
  }
  return { id, name, country: o.country };
}
