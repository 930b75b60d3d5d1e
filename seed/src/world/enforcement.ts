/**
 * Organised crime and the state's response: criminal groups and their members, seizures of
 * undeclared gold at airports, of cash at borders and of dredges at illegal sites, lab samples
 * of seized metal, and the prosecutions that arose from them. Members stay among themselves
 * here; planted patterns decide who else they touch.
 */
import type { Rng } from '../core/rng';
import { DAY, isoDate, utc } from '../core/time';
import { createPerson } from '../factory/person';
import { countryId } from '../factory/places';
import { agenciesOf } from '../reference/agencies';
import { countryInfo } from '../reference/countries';
import { jitter } from '../reference/regions';
import type { Block } from './block';
import { sampleEvidence } from './labs';
import type { PartyRef } from './registry';

const GROUPS: [string, string[], string][] = [
  ['Los Cóndores de Inambari', ['PE', 'BO'], 'PE'],
  ['Comando Garimpeiro do Norte', ['BR', 'GY', 'VE'], 'BR'],
  ['Frente Minero del Bajo Cauca', ['CO', 'PA', 'EC'], 'CO'],
  ['Kadoma Syndicate', ['ZW', 'ZA', 'AE'], 'ZW'],
];

const AIRPORTS: Record<string, [string, number, number]> = {
  PE: ['Jorge Chávez International Airport, Lima', -12.0219, -77.1143],
  BR: ['Guarulhos International Airport, São Paulo', -23.4356, -46.4731],
  CO: ['José María Córdova Airport, Rionegro', 6.1645, -75.4231],
  ZW: ['Robert Gabriel Mugabe International Airport, Harare', -17.9318, 31.0928],
  GH: ['Kotoka International Airport, Accra', 5.6052, -0.1668],
  BO: ['El Alto International Airport', -16.5133, -68.1923],
  EC: ['José Joaquín de Olmedo Airport, Guayaquil', -2.1574, -79.8837],
  UG: ['Entebbe International Airport', 0.0424, 32.4435],
};

/** Members of criminal groups, by group id, for planted patterns to reach. */
export interface Underworld {
  groups: { id: string; name: string; country: string; members: PartyRef[] }[];
}

export function buildUnderworld(b: Block): Underworld {
  const rng = b.rng.fork('underworld');
  const intel = b.docs.get('intel:groups', () => ({
    title: 'Joint intelligence assessment: criminal groups in the gold trade',
    kind: 'INTELLIGENCE_REPORT',
    date: utc(2025, 7, 1),
  }));
  const out: Underworld = { groups: [] };
  for (const [name, countries, home] of GROUPS) {
    const id = b.emit.entity('CriminalGroup', { name, aliases: [name.toUpperCase()], countries });
    b.emit.supportedBy(id, intel);
    const members: PartyRef[] = [];
    for (let i = 0; i < 5; i++) {
      const m = createPerson(b, {
        country: home,
        rng,
        born: [1970, 1998],
        convicted: i === 0 || undefined,
        sanctioned: i === 1 || undefined,
      });
      b.emit.fact('MEMBER_OF', m.id, id, intel, {
        role: i === 0 ? 'leader' : rng.pick(['financier', 'logistics', 'enforcer', 'buyer']),
        since: isoDate(utc(rng.int(2012, 2020), 1, 1)),
      });
      if (i > 0)
        b.emit.fact(
          rng.chance(0.5) ? 'ASSOCIATE_OF' : 'FAMILY_OF',
          m.id,
          members[rng.int(0, i - 1)]!.id,
          intel,
          {},
        );
      members.push(m);
    }
    out.groups.push({ id, name, country: home, members });
  }
  return out;
}

interface SeizureInput {
  rng: Rng;
  country: string;
  date: number;
  place: string;
  point: { lat: number; lon: number };
  goods: 'GOLD' | 'CASH' | 'MERCURY' | 'EQUIPMENT';
  weightKg?: number;
  valueUsd?: number;
  people: { party: PartyRef; role: string }[];
  seizedShipment?: string;
}

/** Emits a seizure with its report, place and people; returns its id. */
export function createSeizure(b: Block, s: SeizureInput): string {
  const agency = s.goods === 'EQUIPMENT' ? agenciesOf(s.country).police : agenciesOf(s.country).customs;
  const doc = b.docs.create({
    title: `Seizure report ${s.rng.digits(5)}/${new Date(s.date).getUTCFullYear()} — ${agency}`,
    kind: 'SEIZURE_REPORT',
    date: s.date + 2 * DAY,
  });
  const id = b.emit.entity('Seizure', {
    date: isoDate(s.date),
    place: s.place,
    location: jitter(s.point.lat, s.point.lon, 1, s.rng.next(), s.rng.next()),
    country: s.country,
    agency,
    goods: s.goods,
    weightKg: s.weightKg,
    valueUsd: s.valueUsd,
  });
  b.emit.supportedBy(id, doc);
  b.emit.fact('LOCATED_IN', id, countryId(b, s.country), doc);
  if (s.seizedShipment) b.emit.fact('SEIZED', id, s.seizedShipment, doc);
  for (const p of s.people) b.emit.fact('INVOLVED_IN', p.party.id, id, doc, { role: p.role });
  return id;
}

/** Emits a prosecution arising from seizures, with its defendants. */
export function createProsecution(
  b: Block,
  rng: Rng,
  country: string,
  filed: number,
  seizures: string[],
  defendants: PartyRef[],
  outcome: 'CONVICTED' | 'PENDING' | 'ACQUITTED' | 'PLEA',
  charges: string[],
  confiscationUsd?: number,
): string {
  const court = `${rng.pick(['Specialised Criminal Court', 'Superior Court of Justice', 'High Court'])} — ${countryInfo(country).city}`;
  const doc = b.docs.create({
    title: `Court record: case ${rng.digits(5)}-${new Date(filed).getUTCFullYear()}, ${court}`,
    kind: 'COURT_RECORD',
    date: Math.min(filed + 300 * DAY, utc(2025, 11, 30)),
  });
  const concluded = outcome !== 'PENDING';
  const id = b.emit.entity('Prosecution', {
    court,
    country,
    charges,
    status: concluded ? 'CONCLUDED' : rng.pick(['CHARGED', 'TRIAL'] as const),
    verdict: outcome,
    filedDate: isoDate(filed),
    verdictDate: concluded
      ? isoDate(Math.min(filed + rng.int(200, 600) * DAY, utc(2025, 12, 15)))
      : undefined,
    confiscationUsd: outcome === 'CONVICTED' || outcome === 'PLEA' ? confiscationUsd : undefined,
  });
  b.emit.supportedBy(id, doc);
  for (const s of seizures) b.emit.fact('ARISING_FROM', id, s, doc);
  for (const d of defendants) b.emit.fact('DEFENDANT_IN', d.id, id, doc);
  return id;
}

/** Ordinary enforcement: airport gold seizures (sampled), cash at borders, dredges at illegal sites. */
export function buildEnforcement(b: Block, underworld: Underworld): void {
  const rng = b.rng.fork('enforcement');
  const allMines = [...b.world.countries.values()].flatMap((c) => c.mines);
  for (const [iso, [place, lat, lon]] of Object.entries(AIRPORTS)) {
    for (let i = 0; i < 2; i++) {
      const date = utc(rng.int(2019, 2025), rng.int(1, 12), rng.int(1, 28), rng.int(0, 23));
      const member = rng.chance(0.3) ? rng.pick(underworld.groups.flatMap((g) => g.members)) : undefined;
      const courier =
        member ?? createPerson(b, { country: iso, rng, born: [1975, 2000], convicted: i === 0 || undefined });
      const kg = Math.round(rng.float(1.2, 9) * 1000) / 1000;
      const seizure = createSeizure(b, {
        rng,
        country: iso,
        date,
        place,
        point: { lat, lon },
        goods: 'GOLD',
        weightKg: kg,
        valueUsd: Math.round(kg * 60_000),
        people: [{ party: courier, role: 'passenger carrying undeclared gold' }],
      });
      const local = allMines.filter((m) => m.country === iso);
      if (local.length > 1) {
        const source = rng.pick(local);
        sampleEvidence(b, {
          rng,
          takenFrom: seizure,
          takenOn: date + 3 * DAY,
          source,
          candidates: rng.sample(local, 3),
          form: 'GRAIN',
        });
      }
      if (i === 0)
        createProsecution(
          b,
          rng,
          iso,
          date + rng.int(30, 120) * DAY,
          [seizure],
          [courier],
          rng.pick(['CONVICTED', 'PLEA', 'PENDING'] as const),
          ['smuggling of gold', 'customs fraud'],
          Math.round(kg * 55_000),
        );
    }
  }
  for (const mine of allMines.filter((m) => m.status === 'ILLEGAL')) {
    const date = utc(rng.int(2019, 2025), rng.int(1, 12), rng.int(1, 28), 6);
    createSeizure(b, {
      rng,
      country: mine.country,
      date,
      place: `Raid at ${mine.name}`,
      point: { lat: mine.point.latitude, lon: mine.point.longitude },
      goods: 'EQUIPMENT',
      valueUsd: Math.round(rng.float(20_000, 300_000)),
      people: [],
    });
  }
  for (const g of underworld.groups) {
    const iso = g.country;
    const date = utc(rng.int(2020, 2024), rng.int(1, 12), rng.int(1, 28), 14);
    const carrier = g.members[rng.int(1, 4)]!;
    const s = createSeizure(b, {
      rng,
      country: iso,
      date,
      place: `Border checkpoint, ${countryInfo(iso).name}`,
      point: { lat: countryInfo(iso).lat, lon: countryInfo(iso).lon },
      goods: 'CASH',
      valueUsd: Math.round(rng.float(80_000, 900_000)),
      people: [{ party: carrier, role: 'driver' }],
    });
    createProsecution(
      b,
      rng,
      iso,
      date + 60 * DAY,
      [s],
      [carrier, g.members[0]!],
      'CONVICTED',
      ['money laundering', 'criminal organisation'],
      Math.round(rng.float(100_000, 1_000_000)),
    );
  }
}
