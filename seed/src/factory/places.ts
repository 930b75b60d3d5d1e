/**
 * Addresses and the country links every block needs: street addresses in the right idiom for
 * each country, placed near its main city (or near a given point), and the Country ids.
 */
import type { ADDRESS_KINDS } from '@touchstone/domain';
import type { DocRef } from '../core/emitter';
import type { Rng } from '../core/rng';
import { countryInfo } from '../reference/countries';
import { jitter } from '../reference/regions';
import type { Block } from '../world/block';

export type AddressKind = (typeof ADDRESS_KINDS)[number];

const STREETS: Record<string, readonly string[]> = {
  es: [
    'Av. Los Próceres',
    'Jr. Ayacucho',
    'Calle Las Begonias',
    'Av. Bolívar',
    'Calle 50',
    'Av. San Martín',
    'Jr. Junín',
    'Carrera 43A',
  ],
  pt: ['Rua das Flores', 'Av. Brasil', 'Rua XV de Novembro', 'Av. Marechal Rondon', 'Travessa Belém'],
  ar: ['Sheikh Zayed Road', 'Al Maktoum Street', 'Gold Souk, Deira', 'Nile Avenue', 'Al Rigga Road'],
  en: ['High Street', 'King Street', 'Main Street', 'Church Road', 'Brickell Avenue', 'Station Road'],
  fr: ['Avenue de l’Indépendance', 'Rue du Commerce', 'Boulevard du Lac', 'Avenue Patrice Lumumba'],
  de: ['Via Nassa', 'Bahnhofstrasse', 'Riva Albertolli', 'Rue du Rhône'],
  other: [
    'Nathan Road',
    'İstiklal Caddesi',
    'Zaveri Bazaar',
    'Via Roma',
    'Jodensbreestraat',
    'Lyngblomstvej',
  ],
};

const IDIOM: Record<string, keyof typeof STREETS> = {
  es: 'es',
  pt: 'pt',
  ar: 'ar',
  gy: 'en',
  saf: 'en',
  gh: 'en',
  ea: 'en',
  en: 'en',
  wa: 'fr',
  cd: 'fr',
  ch: 'de',
};

/** The id of a block's Country entity. */
export const countryId = (b: Block, iso: string): string => b.emit.ids.named('Country', iso);

/** The civil-registry extract of a country, source of people's addresses and identities. */
export function civilRegistry(b: Block, iso: string): DocRef {
  const info = countryInfo(iso);
  return b.docs.get(`civil:${iso}`, () => ({
    title: `Civil registry and residence records — ${info.name}`,
    kind: 'REGISTRY_EXTRACT',
    date: Date.UTC(2025, 9, 1 + (iso.charCodeAt(0) % 28)),
  }));
}

export interface AddressOptions {
  country: string;
  kind: AddressKind;
  rng: Rng;
  doc: DocRef;
  /** Free text instead of a generated street address. */
  text?: string;
  near?: { lat: number; lon: number; radiusKm: number };
}

/** Emits an Address in the country (LOCATED_IN) and returns its id. */
export function createAddress(b: Block, o: AddressOptions): string {
  const info = countryInfo(o.country);
  const street = o.rng.pick(STREETS[IDIOM[info.names] ?? 'other'] ?? STREETS.other!);
  const number = o.rng.int(10, 2999);
  const unit =
    o.kind === 'PO_BOX'
      ? `P.O. Box ${o.rng.int(100, 99999)}`
      : o.kind === 'REGISTERED_AGENT'
        ? `Suite ${o.rng.int(100, 2400)}`
        : '';
  const text = o.text ?? [unit, `${street} ${number}`, info.city, info.name].filter(Boolean).join(', ');
  const near = o.near ?? { lat: info.lat, lon: info.lon, radiusKm: 12 };
  const id = b.emit.entity('Address', {
    text,
    location: jitter(near.lat, near.lon, near.radiusKm, o.rng.next(), o.rng.next()),
    country: o.country,
    addressKind: o.kind,
  });
  b.emit.fact('LOCATED_IN', id, countryId(b, o.country), o.doc);
  return id;
}
