/**
 * Licences as the register shows them: concessions covering a mine, export licences and trader
 * registrations, each held by a party and approved by an official on a date. The approval link
 * is what "officials paid by licence holders" is measured from.
 */
import type { LICENCE_TYPES } from '@touchstone/domain';
import type { Rng } from '../core/rng';
import { isoDate, utc } from '../core/time';
import { agenciesOf } from '../reference/agencies';
import { countryInfo } from '../reference/countries';
import type { Block } from '../world/block';
import type { PartyRef } from '../world/registry';

export interface LicenceOptions {
  country: string;
  rng: Rng;
  type: (typeof LICENCE_TYPES)[number];
  holder: PartyRef;
  official: PartyRef;
  issued: number;
  /** Years of validity; default 20 for concessions, 5 otherwise. */
  years?: number;
  mine?: string;
  maxAnnualKg?: number;
  status?: 'ACTIVE' | 'SUSPENDED' | 'EXPIRED' | 'REVOKED';
}

/** The licence register of a country. */
export function licenceRegister(b: Block, iso: string) {
  return b.docs.get(`licences:${iso}`, () => ({
    title: `Register of mining concessions and gold trading licences — ${countryInfo(iso).name}`,
    kind: 'LICENCE_REGISTER' as const,
    date: utc(2025, 8, 1 + (iso.charCodeAt(1) % 27)),
  }));
}

export function createLicence(b: Block, o: LicenceOptions): string {
  const doc = licenceRegister(b, o.country);
  const years = o.years ?? (o.type === 'MINING_CONCESSION' ? 20 : 5);
  const expiry = utc(new Date(o.issued).getUTCFullYear() + years, new Date(o.issued).getUTCMonth() + 1, 1);
  const prefix = {
    MINING_CONCESSION: 'CM',
    EXPORT_LICENCE: 'EX',
    TRADER_REGISTRATION: 'TR',
    MERCURY_IMPORT_PERMIT: 'HG',
  }[o.type];
  const id = b.emit.entity('Licence', {
    number: `${o.country}-${prefix}-${new Date(o.issued).getUTCFullYear()}-${o.rng.digits(5)}`,
    licenceType: o.type,
    issueDate: isoDate(o.issued),
    expiryDate: isoDate(expiry),
    maxAnnualKg: o.maxAnnualKg,
    authority: agenciesOf(o.country).mining,
    status: o.status ?? (expiry < utc(2026, 1, 1) ? 'EXPIRED' : 'ACTIVE'),
  });
  b.emit.supportedBy(id, doc);
  b.emit.fact('HOLDS_LICENCE', o.holder.id, id, doc);
  if (o.mine) b.emit.fact('COVERS', id, o.mine, doc);
  b.emit.fact('APPROVED_BY', id, o.official.id, doc, { date: isoDate(o.issued) });
  return id;
}
