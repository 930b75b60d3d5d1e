/**
 * Every kind of link (DOMAIN.md §2): which labels it joins, and its properties. Fact links also
 * carry provenance (see provenance.ts); `SUPPORTED_BY`, which is provenance itself, does not.
 */
import { COMPARISON_VERDICTS } from './enums';
import { amount, date, oneOf, share, text, type FieldSet } from './fields';

/** Describes one kind of link. */
export interface LinkTypeSpec {
  /** Relationship type in Neo4j (SCREAMING_SNAKE). */
  readonly type: string;
  /** Labels allowed at the start and at the end of the link. */
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly description: string;
  /** True when the link asserts a fact and so must carry provenance. */
  readonly fact: boolean;
  readonly fields: FieldSet;
}

const period: FieldSet = { since: date(), until: date() };
const PARTY = ['Person', 'Company'];

const link = (
  type: string,
  from: readonly string[],
  to: readonly string[],
  description: string,
  fields: FieldSet = {},
  fact = true,
): LinkTypeSpec => ({ type, from, to, description, fields, fact });

/** All link types, keyed by relationship type. */
export const LINK_TYPES = {
  OWNS: link('OWNS', PARTY, ['Company'], 'holds shares in', { share: { ...share('fraction held, 0–1'), required: true }, ...period }),
  DIRECTOR_OF: link('DIRECTOR_OF', PARTY, ['Company'], 'is director or officer of', { role: text(undefined, 200), ...period }),
  MEMBER_OF: link('MEMBER_OF', ['Person'], ['CriminalGroup'], 'is a member of', { role: text(undefined, 200), ...period }),
  FAMILY_OF: link('FAMILY_OF', ['Person'], ['Person'], 'is family of', { relation: text(undefined, 100) }),
  ASSOCIATE_OF: link('ASSOCIATE_OF', ['Person'], ['Person'], 'is a known associate of', { context: text(undefined, 300) }),
  HOLDS_ACCOUNT: link('HOLDS_ACCOUNT', PARTY, ['BankAccount'], 'holds the account', { ...period }),
  SENT: link('SENT', ['BankAccount'], ['Transaction'], 'paid out in'),
  TO: link('TO', ['Transaction'], ['BankAccount'], 'was paid to'),
  DEPOSITED_BY: link('DEPOSITED_BY', ['Transaction'], ['Person'], 'cash was deposited or withdrawn by'),
  SETTLES: link('SETTLES', ['Transaction'], ['Shipment'], 'is payment for'),
  OPERATES: link('OPERATES', PARTY, ['Mine'], 'operates', { ...period }),
  SOLD_TO: link('SOLD_TO', ['Mine', 'Person', 'Company'], ['Company'], 'supplies gold to', {
    kgPerYear: amount('approximate fine kg a year'),
    ...period,
  }),
  HOLDS_LICENCE: link('HOLDS_LICENCE', PARTY, ['Licence'], 'holds the licence'),
  COVERS: link('COVERS', ['Licence'], ['Mine'], 'licence covers the mine'),
  APPROVED_BY: link('APPROVED_BY', ['Licence'], ['Official'], 'was approved by', { date: date() }),
  LOCATED_IN: link('LOCATED_IN', ['Mine', 'Address', 'Seizure', 'ProtectedArea', 'BankAccount'], ['Country'], 'is located in'),
  INCORPORATED_IN: link('INCORPORATED_IN', ['Company'], ['Country'], 'is incorporated in'),
  INSIDE: link('INSIDE', ['Mine'], ['ProtectedArea'], 'lies inside'),
  EXPORTED: link('EXPORTED', PARTY, ['Shipment'], 'exported (declared as exporter)'),
  CONSIGNED_TO: link('CONSIGNED_TO', ['Shipment'], PARTY, 'was consigned to'),
  DECLARED_ORIGIN: link('DECLARED_ORIGIN', ['Shipment'], ['Mine'], 'declares as origin', { fineKg: amount('fine kg declared from this mine') }),
  CARRIED_BY: link('CARRIED_BY', ['Shipment'], ['Person'], 'was carried by (courier)'),
  FROM_COUNTRY: link('FROM_COUNTRY', ['Shipment'], ['Country'], 'left from'),
  VIA: link('VIA', ['Shipment'], ['Country'], 'transited through', { order: { kind: 'integer', min: 1, max: 20 } }),
  TO_COUNTRY: link('TO_COUNTRY', ['Shipment'], ['Country'], 'was destined for'),
  RECEIVED_BY: link('RECEIVED_BY', ['Shipment'], ['Company'], 'was received by (refiner or buyer)', { date: date() }),
  SEIZED: link('SEIZED', ['Seizure'], ['Shipment'], 'seized'),
  INVOLVED_IN: link('INVOLVED_IN', PARTY, ['Seizure'], 'was involved in', { role: text(undefined, 200) }),
  TAKEN_FROM: link('TAKEN_FROM', ['Sample'], ['Seizure', 'Shipment', 'Mine'], 'was taken from'),
  COMPARED_WITH: link('COMPARED_WITH', ['Sample'], ['Mine'], 'was compared with the reference profile of', {
    distance: amount('chi-square distance on log concentrations'),
    degreesOfFreedom: { kind: 'integer', min: 1, max: 200 },
    pValue: share('probability of a distance this large if the mine were the source'),
    logLikelihoodRatio: { kind: 'number', min: -1e6, max: 1e6 },
    verdict: oneOf(COMPARISON_VERDICTS, '"consistent with" or "excluded", never "comes from"', true),
    method: text(undefined, 200),
  }),
  REGISTERED_AT: link('REGISTERED_AT', PARTY, ['Address'], 'is registered or lives at', { ...period }),
  DEFENDANT_IN: link('DEFENDANT_IN', PARTY, ['Prosecution'], 'is a defendant in'),
  ARISING_FROM: link('ARISING_FROM', ['Prosecution'], ['Seizure'], 'arose from'),
  REPORTED_EXPORT: link('REPORTED_EXPORT', ['Country'], ['Country'], 'reported exports to (reporter → partner)', tradeFields()),
  REPORTED_IMPORT: link('REPORTED_IMPORT', ['Country'], ['Country'], 'reported imports from (reporter → partner)', tradeFields()),
  SUPPORTED_BY: link('SUPPORTED_BY', ['Entity'], ['SourceDocument'], 'is documented in', {}, false),
} as const satisfies Record<string, LinkTypeSpec>;

function tradeFields(): FieldSet {
  return {
    year: { kind: 'integer', min: 1900, max: 2100, required: true },
    hsCode: text(undefined, 12),
    netKg: amount(),
    valueUsd: amount(),
  };
}

/** The name of a link type. */
export type LinkTypeName = keyof typeof LINK_TYPES;

/** Link type names in a stable order. */
export const LINK_TYPE_NAMES = Object.keys(LINK_TYPES) as LinkTypeName[];

/** True when `name` is a known link type. */
export const isLinkType = (name: string): name is LinkTypeName => Object.hasOwn(LINK_TYPES, name);
