/**
 * A small, hand-checked investigation for the graph operations' tests, with the expected answers
 * worked out by hand beside it: a chronological money cycle and its non-chronological look-alike,
 * an official paid by a licence holder, an ownership web with a loop, two shipments from one mine
 * (one seized and sampled), prosecutions, and records restricted to case `case-gxA`. Ids carry
 * `gx` and countries use the private-use codes XP, XA and XC, so the fixture sits beside the demo.
 */
import type { EntityRecord, LinkRecord } from '@touchstone/domain';

/** The case restricted records belong to unless another is given. */
export const FIXTURE_CASE = 'case-gxA';

/** The fixture's records, restricted ones entered in `caseId`. */
export function graphFixture(caseId: string = FIXTURE_CASE): {
  entities: EntityRecord[];
  links: LinkRecord[];
} {
  const entities: EntityRecord[] = [];
  const links: LinkRecord[] = [];
  const entity = (type: EntityRecord['type'], id: string, props: Record<string, unknown>) =>
    entities.push({ type, id, ...props });

  const DOCS: Record<string, [string, string, string, string, string]> = {
    'doc-gx1': [
      'Customs declarations of Auric Zenobia Export, 2021',
      'CUSTOMS_DECLARATION',
      '2021-05-02',
      'B',
      '2',
    ],
    'doc-gx2': ['Bank statements, Banco Fixturia, 2020–2022', 'BANK_STATEMENT', '2022-06-30', 'A', '1'],
    'doc-gx3': ['Registry extract: Auric Zenobia Export S.A.C.', 'REGISTRY_EXTRACT', '2021-01-15', 'A', '2'],
    'doc-gx4': ['Licence register of Fixturia, 2021', 'LICENCE_REGISTER', '2021-06-01', 'A', '2'],
    'doc-gx5': ['Seizure report 77/2021', 'SEIZURE_REPORT', '2021-08-04', 'A', '1'],
    'doc-gx6': ['Lab report 2021-311', 'LAB_REPORT', '2021-09-10', 'A', '1'],
    'doc-gx7': ['Court record 4410-2021', 'COURT_RECORD', '2022-06-15', 'A', '1'],
  };
  for (const [id, [title, documentKind, date]] of Object.entries(DOCS))
    entity('SourceDocument', id, { title, documentKind, date, enteredBy: 'fixture' });
  entity('SourceDocument', 'doc-gxS', {
    title: 'Informant report on Sergio Secreto',
    documentKind: 'INTELLIGENCE_REPORT',
    date: '2021-07-01',
    caseId,
  });

  let linkCount = 0;
  function fact(
    type: LinkRecord['type'],
    from: string,
    to: string,
    doc: string,
    props: Record<string, unknown> = {},
    restrictedTo?: string,
  ): string {
    const id = `lnk-gx${++linkCount}`;
    const grade = DOCS[doc] ?? ['', '', '', 'C', '3'];
    links.push({
      type,
      id,
      from,
      to,
      ...props,
      sourceId: doc,
      enteredBy: 'analyst.fixture',
      enteredAt: '2022-07-01T09:00:00Z',
      sourceReliability: grade[3],
      infoReliability: grade[4],
      ...(restrictedTo ? { caseId: restrictedTo } : {}),
    });
    return id;
  }

  // Countries (private-use codes) and a protected area.
  entity('Country', 'ctry-gxXP', { iso2: 'XP', name: 'Fixturia', riskLevel: 'HIGH' });
  entity('Country', 'ctry-gxXA', { iso2: 'XA', name: 'Transitania', transitHub: true });
  entity('Country', 'ctry-gxXC', { iso2: 'XC', name: 'Refineria' });
  entity('ProtectedArea', 'area-gxP1', {
    name: 'Reserva Zenobia',
    areaKind: 'PROTECTED_AREA',
    country: 'XP',
  });

  // People and companies.
  entity('Person', 'per-gxJose', {
    name: 'José Ñahuincopa Quispe',
    aliases: ['Jose Nahuincopa', 'Хосе Ньяуинкопа'],
    identifiers: ['PASSPORT:XP778899'],
    nationalities: ['XP'],
  });
  entity('Person', 'per-gxNina', { name: 'Nina Ñahuincopa Mamani' });
  entity('Person', 'per-gxIvan', { name: 'Ivan Zlatoustov' });
  entity('Official', 'off-gxRamos', {
    name: 'Rosa Ramírez Tupayachi',
    agency: 'Dirección de Concesiones de Fixturia',
    office: 'Director of concessions',
    isPep: true,
  });
  entity('Person', 'per-gxSecret', { name: 'Sergio Secretariano', caseId });
  entity('Company', 'com-gxAurum', {
    name: 'Auric Zenobia Export S.A.C.',
    kinds: ['EXPORTER'],
    jurisdiction: 'XP',
    incorporationDate: '2020-01-10',
  });
  entity('Company', 'com-gxHold1', { name: 'Zenobia Holding Uno Ltd', kinds: ['HOLDING'] });
  entity('Company', 'com-gxHold2', { name: 'Zenobia Holding Dos Ltd', kinds: ['HOLDING'] });
  entity('Company', 'com-gxShell', {
    name: 'Zenobia Shell Trading FZE',
    kinds: ['TRADER'],
    jurisdiction: 'XA',
  });
  entity('Refinery', 'ref-gxHelv', {
    name: 'Helvetia Zenobia Refining SA',
    jurisdiction: 'XC',
    accreditation: 'LBMA_GOOD_DELIVERY',
  });

  fact('OWNS', 'per-gxJose', 'com-gxHold1', 'doc-gx3', { share: 0.6 });
  fact('OWNS', 'com-gxHold1', 'com-gxAurum', 'doc-gx3', { share: 0.5 });
  fact('OWNS', 'per-gxJose', 'com-gxHold2', 'doc-gx3', { share: 1 });
  fact('OWNS', 'com-gxHold2', 'com-gxAurum', 'doc-gx3', { share: 0.2 });
  fact('OWNS', 'per-gxNina', 'com-gxHold1', 'doc-gx3', { share: 0.4 });
  fact('OWNS', 'com-gxShell', 'com-gxAurum', 'doc-gx3', { share: 0.3 });
  fact('OWNS', 'com-gxAurum', 'com-gxShell', 'doc-gx3', { share: 0.1 });
  fact('OWNS', 'com-gxHold2', 'com-gxShell', 'doc-gx3', { share: 0.5 });
  fact('OWNS', 'per-gxSecret', 'com-gxShell', 'doc-gxS', { share: 0.4 }, caseId);
  fact('DIRECTOR_OF', 'per-gxSecret', 'com-gxAurum', 'doc-gxS', { role: 'shadow director' }, caseId);
  fact('ASSOCIATE_OF', 'off-gxRamos', 'per-gxSecret', 'doc-gxS', {}, caseId);

  // Accounts and money.
  const ACCOUNTS: [string, string, string, string?][] = [
    ['acc-gxA', 'com-gxAurum', 'XP'],
    ['acc-gxB', 'com-gxHold1', 'XP'],
    ['acc-gxC', 'com-gxShell', 'XA'],
    ['acc-gxD', 'per-gxJose', 'XP'],
    ['acc-gxR', 'off-gxRamos', 'XP'],
    ['acc-gxN', 'per-gxNina', 'XP'],
    ['acc-gxS', 'per-gxSecret', 'XA', caseId],
  ];
  ACCOUNTS.forEach(([id, holder, country, restrictedTo], i) => {
    entity('BankAccount', id, {
      accountNumber: `${country}00 0420 0000 ${String(i + 1).padStart(4, '0')}`,
      bank: 'Banco Fixturia',
      country,
      currency: 'USD',
      ...(restrictedTo ? { caseId: restrictedTo } : {}),
    });
    fact('HOLDS_ACCOUNT', holder, id, restrictedTo ? 'doc-gxS' : 'doc-gx2', {}, restrictedTo);
  });
  for (let i = 1; i <= 6; i++)
    entity('BankAccount', `acc-gxP${i}`, { accountNumber: `XP00 0777 0000 000${i}`, country: 'XP' });
  for (let i = 1; i <= 5; i++)
    entity('BankAccount', `acc-gxQ${i}`, { accountNumber: `XP00 0888 0000 000${i}`, country: 'XP' });
  entity('BankAccount', 'acc-gxF', { accountNumber: 'XP00 0999 0000 0001', country: 'XP' });
  entity('BankAccount', 'acc-gxG', { accountNumber: 'XP00 0999 0000 0002', country: 'XP' });

  function transfer(
    id: string,
    from: string,
    to: string,
    amountUsd: number,
    timestamp: string,
    restrictedTo?: string,
    purpose?: string,
  ) {
    entity('Transaction', id, {
      amount: amountUsd,
      currency: 'USD',
      amountUsd,
      timestamp,
      channel: 'WIRE',
      ...(purpose ? { purpose } : {}),
      ...(restrictedTo ? { caseId: restrictedTo } : {}),
    });
    fact('SENT', from, id, 'doc-gx2', {}, restrictedTo);
    fact('TO', id, to, 'doc-gx2', {}, restrictedTo);
  }
  // The cycle A → B → C → D → A: each hop later, within 3 days, keeping 95 %, 94.7 %, 97.8 %.
  transfer('txn-gx1', 'acc-gxA', 'acc-gxB', 100_000, '2021-03-01T10:00:00Z');
  transfer('txn-gx2', 'acc-gxB', 'acc-gxC', 95_000, '2021-03-02T10:00:00Z');
  transfer('txn-gx3', 'acc-gxC', 'acc-gxD', 90_000, '2021-03-03T09:00:00Z');
  transfer('txn-gx4', 'acc-gxD', 'acc-gxA', 88_000, '2021-03-05T12:00:00Z');
  // An older payment A → B (so A → B aggregates two), and C → A before the cycle (not chronological).
  transfer('txn-gx5', 'acc-gxA', 'acc-gxB', 5_000, '2020-06-01T10:00:00Z');
  transfer('txn-gx6', 'acc-gxC', 'acc-gxA', 50_000, '2021-02-01T10:00:00Z');
  // The exporter pays the official ten days after the export licence was approved.
  transfer('txn-gx7', 'acc-gxA', 'acc-gxR', 20_000, '2021-04-10T10:00:00Z', undefined, 'consultancy');
  // Restricted: D → S the day after C → D, and a cycle S → N → R → S, entered in the case.
  transfer('txn-gx8', 'acc-gxD', 'acc-gxS', 30_000, '2021-03-04T12:00:00Z', caseId);
  transfer('txn-gx9', 'acc-gxS', 'acc-gxN', 40_000, '2021-05-01T10:00:00Z', caseId);
  transfer('txn-gx10', 'acc-gxN', 'acc-gxR', 39_000, '2021-05-02T10:00:00Z', caseId);
  transfer('txn-gx11', 'acc-gxR', 'acc-gxS', 38_000, '2021-05-03T10:00:00Z', caseId);
  // Fan-in: five one-off payers into F within a week (25,000), one recurring payer; G gets too little.
  for (let i = 1; i <= 5; i++)
    transfer(`txn-gxF${i}`, `acc-gxP${i}`, 'acc-gxF', 5_000, `2022-01-0${2 + i}T10:00:00Z`);
  transfer('txn-gxF6', 'acc-gxP6', 'acc-gxF', 6_000, '2022-01-04T11:00:00Z');
  transfer('txn-gxF7', 'acc-gxP6', 'acc-gxF', 6_000, '2022-03-04T11:00:00Z');
  for (let i = 1; i <= 5; i++)
    transfer(`txn-gxG${i}`, `acc-gxQ${i}`, 'acc-gxG', 3_000, `2022-01-0${2 + i}T10:00:00Z`);

  // Licences, mines and metal.
  entity('Licence', 'lic-gxE', {
    number: 'EXP-2021-044',
    licenceType: 'EXPORT_LICENCE',
    issueDate: '2021-04-01',
    authority: 'Dirección de Concesiones de Fixturia',
    status: 'ACTIVE',
  });
  entity('Licence', 'lic-gxC1', {
    number: 'CON-0815',
    licenceType: 'MINING_CONCESSION',
    issueDate: '2019-05-01',
    expiryDate: '2029-04-30',
    maxAnnualKg: 80,
    status: 'ACTIVE',
  });
  entity('Mine', 'mine-gxM1', {
    name: 'Mina Esperanza Zenobia',
    legalStatus: 'LICENSED',
    mineType: 'ALLUVIAL',
    plausibleAnnualKg: 100,
    country: 'XP',
  });
  entity('Mine', 'mine-gxM2', {
    name: 'Playa Oculta Zenobia',
    legalStatus: 'ILLEGAL',
    mineType: 'ALLUVIAL',
    country: 'XP',
    inProtectedArea: true,
  });
  fact('HOLDS_LICENCE', 'com-gxAurum', 'lic-gxE', 'doc-gx4');
  fact('APPROVED_BY', 'lic-gxE', 'off-gxRamos', 'doc-gx4', { date: '2021-04-01' });
  fact('HOLDS_LICENCE', 'com-gxHold1', 'lic-gxC1', 'doc-gx4');
  fact('APPROVED_BY', 'lic-gxC1', 'off-gxRamos', 'doc-gx4', { date: '2019-05-01' });
  fact('COVERS', 'lic-gxC1', 'mine-gxM1', 'doc-gx4');
  fact('LOCATED_IN', 'mine-gxM1', 'ctry-gxXP', 'doc-gx4');
  fact('LOCATED_IN', 'mine-gxM2', 'ctry-gxXP', 'doc-gx6');
  fact('INSIDE', 'mine-gxM2', 'area-gxP1', 'doc-gx6');

  entity('Shipment', 'shp-gx1', {
    commodity: 'GOLD',
    hsCode: '7108',
    grossWeightKg: 62.5,
    fineness: 0.8,
    fineKg: 50,
    declaredValueUsd: 2_900_000,
    date: '2021-05-01',
    transportMode: 'AIR_CARGO',
    customsRef: 'AWB-123-45678',
    materialType: 'DORE',
    originCountry: 'XP',
    destinationCountry: 'XC',
  });
  entity('Shipment', 'shp-gx2', {
    commodity: 'GOLD',
    hsCode: '7108',
    grossWeightKg: 75,
    fineness: 0.8,
    fineKg: 60,
    declaredValueUsd: 3_400_000,
    date: '2021-08-01',
    transportMode: 'HAND_CARRY',
    customsRef: 'AWB-999-00001',
    materialType: 'DORE',
    originCountry: 'XP',
    destinationCountry: 'XA',
  });
  fact('EXPORTED', 'com-gxAurum', 'shp-gx1', 'doc-gx1');
  fact('CONSIGNED_TO', 'shp-gx1', 'ref-gxHelv', 'doc-gx1');
  fact('FROM_COUNTRY', 'shp-gx1', 'ctry-gxXP', 'doc-gx1');
  fact('VIA', 'shp-gx1', 'ctry-gxXA', 'doc-gx1', { order: 1 });
  fact('TO_COUNTRY', 'shp-gx1', 'ctry-gxXC', 'doc-gx1');
  fact('RECEIVED_BY', 'shp-gx1', 'ref-gxHelv', 'doc-gx1', { date: '2021-05-04' });
  fact('DECLARED_ORIGIN', 'shp-gx1', 'mine-gxM1', 'doc-gx1', { fineKg: 50 });
  fact('EXPORTED', 'com-gxAurum', 'shp-gx2', 'doc-gx1');
  fact('CONSIGNED_TO', 'shp-gx2', 'com-gxShell', 'doc-gx1');
  fact('FROM_COUNTRY', 'shp-gx2', 'ctry-gxXP', 'doc-gx1');
  fact('TO_COUNTRY', 'shp-gx2', 'ctry-gxXA', 'doc-gx1');
  fact('DECLARED_ORIGIN', 'shp-gx2', 'mine-gxM1', 'doc-gx1', { fineKg: 60 });
  fact('CARRIED_BY', 'shp-gx2', 'per-gxJose', 'doc-gx5');

  // Seizures, a sample and prosecutions.
  entity('Seizure', 'sz-gx1', {
    date: '2021-08-02',
    place: 'Aeropuerto Internacional de Fixturia',
    country: 'XP',
    agency: 'Aduanas de Fixturia',
    goods: 'GOLD',
    weightKg: 75,
  });
  entity('Seizure', 'sz-gx2', {
    date: '2021-09-01',
    place: 'Puerto Zenobia',
    country: 'XP',
    goods: 'GOLD',
    weightKg: 10,
    caseId,
  });
  entity('Seizure', 'sz-gx3', {
    date: '2022-02-01',
    place: 'Frontera Transitania',
    country: 'XA',
    goods: 'CASH',
    valueUsd: 250_000,
  });
  fact('SEIZED', 'sz-gx1', 'shp-gx2', 'doc-gx5');
  fact('SEIZED', 'sz-gx2', 'shp-gx1', 'doc-gxS', {}, caseId);
  fact('LOCATED_IN', 'sz-gx1', 'ctry-gxXP', 'doc-gx5');
  fact('INVOLVED_IN', 'per-gxJose', 'sz-gx1', 'doc-gx5', { role: 'passenger carrying the gold' });
  entity('Sample', 'smp-gx1', {
    sampleKind: 'EVIDENCE',
    form: 'GRAIN',
    lab: 'Laboratorio Forense Zenobia',
    takenDate: '2021-08-05',
  });
  fact('TAKEN_FROM', 'smp-gx1', 'sz-gx1', 'doc-gx6');
  fact('COMPARED_WITH', 'smp-gx1', 'mine-gxM1', 'doc-gx6', { pValue: 0.001, verdict: 'EXCLUDED' });
  fact('COMPARED_WITH', 'smp-gx1', 'mine-gxM2', 'doc-gx6', { pValue: 0.4, verdict: 'CONSISTENT' });
  entity('Prosecution', 'pros-gx1', {
    court: 'Fixturia High Court',
    country: 'XP',
    charges: ['smuggling of gold'],
    status: 'CONCLUDED',
    verdict: 'CONVICTED',
    filedDate: '2021-10-01',
    verdictDate: '2022-06-01',
    confiscationUsd: 1_000_000,
  });
  entity('Prosecution', 'pros-gx2', {
    court: 'Transitania Criminal Court',
    country: 'XA',
    charges: ['money laundering'],
    status: 'TRIAL',
    verdict: 'PENDING',
    filedDate: '2022-03-01',
  });
  fact('ARISING_FROM', 'pros-gx1', 'sz-gx1', 'doc-gx7');
  fact('DEFENDANT_IN', 'per-gxJose', 'pros-gx1', 'doc-gx7');
  fact('ARISING_FROM', 'pros-gx2', 'sz-gx3', 'doc-gx7');
  fact('DEFENDANT_IN', 'com-gxShell', 'pros-gx2', 'doc-gx7');
  links.push({ type: 'SUPPORTED_BY', id: 'lnk-gxdoc1', from: 'com-gxAurum', to: 'doc-gx3' });
  links.push({ type: 'SUPPORTED_BY', id: 'lnk-gxdoc2', from: 'per-gxSecret', to: 'doc-gxS', caseId });
  return { entities, links };
}
