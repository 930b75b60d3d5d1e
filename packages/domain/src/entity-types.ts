/**
 * Every kind of thing the graph holds (DOMAIN.md §1): its Neo4j labels, its id prefix and its
 * properties. All nodes also carry the `Entity` label, on which ids are unique.
 */
import * as E from './enums';
import {
  amount,
  countryCode,
  countryCodes,
  date,
  flag,
  oneOf,
  point,
  requiredText,
  share,
  someOf,
  text,
  texts,
  type FieldSet,
} from './fields';

/** Describes one kind of entity. */
export interface EntityTypeSpec {
  /** The type name used in records and the API (also the main Neo4j label). */
  readonly type: string;
  /** Neo4j labels besides `Entity`, the first being the main one. */
  readonly labels: readonly string[];
  /** Prefix of this type's ids, e.g. `per` for `per-0001`. */
  readonly idPrefix: string;
  readonly description: string;
  readonly fields: FieldSet;
}

/** Fields every entity may carry. `caseId` marks data entered within a case (visible to its members only). */
export const COMMON_ENTITY_FIELDS: FieldSet = {
  caseId: text('id of the case this record was entered in; restricted to that case', 100),
  note: text('free-text remark'),
};

const personFields: FieldSet = {
  name: requiredText('full name as most often written', 300),
  aliases: texts('other names and transliterations'),
  birthDate: date(),
  nationalities: countryCodes(),
  identifiers: texts('identifiers as KIND:VALUE, e.g. PASSPORT:PE123, TAX:…, PHONE:…'),
  isPep: flag('politically exposed person'),
  isSanctioned: flag(),
  isConvicted: flag(),
};
const companyFields: FieldSet = {
  name: requiredText('registered name', 300),
  aliases: texts('trading names and former names'),
  jurisdiction: countryCode('country of incorporation'),
  registrationNumber: text(undefined, 100),
  identifiers: texts('identifiers as KIND:VALUE, e.g. TAX:…, PHONE:…, EMAIL:…'),
  incorporationDate: date(),
  dissolutionDate: date(),
  kinds: someOf(E.COMPANY_KINDS, 'kinds of business'),
};

const spec = (
  type: string,
  idPrefix: string,
  description: string,
  fields: FieldSet,
  extraLabels: readonly string[] = [],
): EntityTypeSpec => ({ type, labels: [...extraLabels, type], idPrefix, description, fields });

/** All entity types, keyed by type name. */
export const ENTITY_TYPES = {
  Person: spec('Person', 'per', 'A natural person', personFields),
  Official: spec(
    'Official',
    'off',
    'A person holding a public office (also a Person)',
    { ...personFields, agency: requiredText(undefined, 300), office: text('role or post', 300) },
    ['Person'],
  ),
  Company: spec('Company', 'com', 'A legal person: exporter, trader, gold buyer, miner, holding or shell', companyFields),
  Refinery: spec(
    'Refinery',
    'ref',
    'A gold refiner (also a Company)',
    { ...companyFields, accreditation: oneOf(E.ACCREDITATIONS, 'accreditation, e.g. LBMA good delivery') },
    ['Company'],
  ),
  CriminalGroup: spec('CriminalGroup', 'grp', 'An organised criminal group', {
    name: requiredText(undefined, 300),
    aliases: texts(),
    countries: countryCodes('countries of operation'),
  }),
  BankAccount: spec('BankAccount', 'acc', 'A bank or payment account', {
    accountNumber: requiredText('IBAN or account number', 64),
    bank: text(undefined, 300),
    country: countryCode(),
    currency: text('ISO 4217 code', 3),
    openedDate: date(),
    closedDate: date(),
  }),
  Transaction: spec('Transaction', 'txn', 'One movement of money between two accounts', {
    amount: { ...amount('amount in the original currency'), required: true },
    currency: text('ISO 4217 code', 3),
    amountUsd: { ...amount('amount in USD at the date'), required: true },
    timestamp: { kind: 'datetime', required: true },
    channel: oneOf(E.TRANSACTION_CHANNELS, undefined, true),
    purpose: text('stated purpose, e.g. "gold purchase"', 500),
    reference: text(undefined, 100),
  }),
  Mine: spec('Mine', 'mine', 'A gold mine or mining site', {
    name: requiredText(undefined, 300),
    aliases: texts(),
    location: point(),
    country: countryCode(),
    region: text(undefined, 200),
    legalStatus: oneOf(E.MINE_LEGAL_STATUSES, undefined, true),
    mineType: oneOf(E.MINE_TYPES),
    licensedAreaHa: amount('licensed area in hectares'),
    plausibleAnnualKg: amount('plausible annual production of fine gold, kg'),
    usesMercury: flag(),
    inProtectedArea: flag(),
    onIndigenousLand: flag(),
    externalRef: text('id in an external data set, e.g. ICMM', 100),
  }),
  Licence: spec('Licence', 'lic', 'A mining concession, export licence, trader registration or permit', {
    number: requiredText(undefined, 100),
    licenceType: oneOf(E.LICENCE_TYPES, undefined, true),
    issueDate: date(),
    expiryDate: date(),
    maxAnnualKg: amount('maximum fine kg a year allowed'),
    authority: text('issuing authority', 300),
    status: oneOf(E.LICENCE_STATUSES),
  }),
  Shipment: spec('Shipment', 'shp', 'A declared movement of goods across a border', {
    commodity: oneOf(E.COMMODITIES, undefined, true),
    hsCode: text('HS code; 7108 is gold', 12),
    grossWeightKg: amount(),
    fineness: share('fraction of pure metal, 0–1'),
    fineKg: amount('fine weight: gross weight × fineness'),
    declaredValueUsd: amount(),
    date: { kind: 'date', required: true },
    transportMode: oneOf(E.TRANSPORT_MODES),
    customsRef: text('airway bill or customs declaration number', 100),
    materialType: oneOf(E.MATERIAL_TYPES),
    originCountry: countryCode(),
    destinationCountry: countryCode(),
  }),
  Seizure: spec('Seizure', 'sz', 'A seizure by an enforcement agency', {
    date: { kind: 'date', required: true },
    place: text(undefined, 300),
    location: point(),
    country: countryCode(),
    agency: text(undefined, 300),
    goods: oneOf(E.SEIZED_GOODS, 'what was seized', true),
    weightKg: amount(),
    valueUsd: amount(),
  }),
  Sample: spec('Sample', 'smp', 'A lab measurement of metal; mine reference profiles are samples too', {
    sampleKind: oneOf(E.SAMPLE_KINDS, undefined, true),
    form: oneOf(E.SAMPLE_FORMS),
    lab: text(undefined, 300),
    method: text('e.g. LA-ICP-MS', 100),
    takenDate: date(),
    elements: texts('element symbols, aligned with the value lists'),
    concentrationsPpm: { kind: 'numbers', description: 'concentration per element (ppm); for references the mean' },
    uncertaintiesPpm: { kind: 'numbers', description: 'measurement uncertainty (or within-mine spread) per element' },
    detectionLimitsPpm: { kind: 'numbers', description: 'detection limit per element' },
    leadIsotopes: { kind: 'numbers', description: '206Pb/204Pb, 207Pb/204Pb, 208Pb/204Pb' },
  }),
  Prosecution: spec('Prosecution', 'pros', 'A criminal case before a court', {
    court: requiredText(undefined, 300),
    country: countryCode(),
    charges: texts(),
    status: oneOf(E.PROSECUTION_STATUSES, undefined, true),
    verdict: oneOf(E.VERDICTS),
    filedDate: date(),
    verdictDate: date(),
    confiscationUsd: amount('confiscation ordered'),
  }),
  Address: spec('Address', 'addr', 'A postal address', {
    text: requiredText(undefined, 500),
    location: point(),
    country: countryCode(),
    addressKind: oneOf(E.ADDRESS_KINDS),
  }),
  Country: spec('Country', 'ctry', 'A country', {
    iso2: { ...countryCode(undefined, true) },
    name: requiredText(undefined, 200),
    riskLevel: oneOf(E.RISK_LEVELS),
    cahra: flag('conflict-affected or high-risk area'),
    transitHub: flag('known gold transit hub'),
    annualProductionKg: amount('reported annual gold production, kg'),
  }),
  ProtectedArea: spec('ProtectedArea', 'area', 'A protected area or indigenous territory', {
    name: requiredText(undefined, 300),
    areaKind: oneOf(E.AREA_KINDS, undefined, true),
    areaKm2: amount(),
    country: countryCode(),
    location: point('centroid'),
  }),
  MarketPrice: spec('MarketPrice', 'px', 'A reference market price of a commodity on a date (e.g. LBMA gold PM fix)', {
    commodity: oneOf(E.COMMODITIES, undefined, true),
    date: { kind: 'date', required: true },
    usdPerKg: { ...amount('price per fine kg in USD'), required: true },
    source: text(undefined, 200),
  }),
  SourceDocument: spec('SourceDocument', 'doc', 'A document that facts come from', {
    title: requiredText(undefined, 500),
    documentKind: oneOf(E.DOCUMENT_KINDS, undefined, true),
    date: date(),
    fileHash: text('SHA-256 of the file', 64),
    enteredBy: text(undefined, 200),
    url: text(undefined, 1000),
  }),
} as const satisfies Record<string, EntityTypeSpec>;

/** The name of an entity type. */
export type EntityTypeName = keyof typeof ENTITY_TYPES;

/** Entity type names in a stable order. */
export const ENTITY_TYPE_NAMES = Object.keys(ENTITY_TYPES) as EntityTypeName[];

/** True when `name` is a known entity type. */
export const isEntityType = (name: string): name is EntityTypeName => Object.hasOwn(ENTITY_TYPES, name);

/** The Neo4j labels of a type, `Entity` first. */
export const labelsOf = (type: EntityTypeName): readonly string[] => ['Entity', ...ENTITY_TYPES[type].labels];
