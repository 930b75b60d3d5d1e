/**
 * GOLD_COURIER: people who fly gold by hand again and again — a Zimbabwean courier taking 4–8 kg
 * to Dubai four times in 2021 and stopped with 6 kg at Harare on the fifth trip, and a Peruvian
 * making nine trips to Miami in 2023–2024. Look-alikes: one hand-carried parcel of 3 kg, and two
 * trips fourteen months apart.
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import { createPerson } from '../factory/person';
import type { Block } from '../world/block';
import { createProsecution, createSeizure } from '../world/enforcement';
import { refineriesIn, tradersIn } from '../world/markets';
import type { CompanyRef, PartyRef } from '../world/registry';
import { firm } from './actors';
import { goldShipment } from './gold-actors';

function trips(
  b: Block,
  rng: Rng,
  courier: PartyRef,
  exporter: CompanyRef,
  consignee: CompanyRef,
  dates: number[],
  kg: [number, number],
  seizeLast = false,
): string[] {
  return dates.map((date, i) => {
    const seized = seizeLast && i === dates.length - 1;
    return goldShipment(b, rng, {
      exporter,
      consignee,
      from: exporter.country,
      to: consignee.country,
      date,
      fineKg: rng.float(kg[0], kg[1]),
      transportMode: 'HAND_CARRY',
      carrier: courier,
      materialType: 'BARS',
      fineness: rng.float(0.9, 0.99),
      settle: false,
      receivedAfterDays: seized ? false : 0,
    }).id;
  });
}

export function plantCouriers(b: Block): void {
  const rng = b.rng.fork('plant:couriers');
  const courierZW = createPerson(b, { country: 'ZW', rng, born: [1975, 1990] });
  const frontZW = firm(b, rng, 'ZW', ['TRADER'], 'gold').party;
  const dubai = rng.pick(tradersIn(b, 'AE'));
  const dates = [utc(2021, 2, 9), utc(2021, 5, 14), utc(2021, 8, 20), utc(2021, 11, 2), utc(2022, 1, 18)].map(
    (d) => d + rng.int(0, 3) * DAY + 20 * 3_600_000,
  );
  const zw = trips(b, rng, courierZW, frontZW, dubai, dates, [4, 8], true);
  const seizure = createSeizure(b, {
    rng,
    country: 'ZW',
    date: dates[4]!,
    place: 'Robert Gabriel Mugabe International Airport, Harare',
    point: { lat: -17.9318, lon: 31.0928 },
    goods: 'GOLD',
    weightKg: 6.02,
    valueUsd: 340_000,
    people: [{ party: courierZW, role: 'passenger' }],
    seizedShipment: zw[4],
  });
  createProsecution(b, rng, 'ZW', dates[4]! + 40 * DAY, [seizure], [courierZW], 'PENDING', [
    'smuggling of gold',
    'contravention of the Exchange Control Act',
  ]);
  b.truth.instance('GOLD_COURIER', {
    subject: courierZW.id,
    entities: [frontZW.id, dubai.id, seizure, ...zw],
    size: zw.length,
    description:
      'A courier hand-carries 4–8 kg of gold bars from Harare to a Dubai trader four times in 2021 (for a small Zimbabwean trading company) and is stopped at Harare airport on the fifth trip in January 2022.',
    details: { shipments: zw, seizure },
  });

  const courierPE = createPerson(b, { country: 'PE', rng, born: [1980, 1995] });
  const frontPE = firm(b, rng, 'PE', ['EXPORTER', 'TRADER'], 'gold').party;
  const miami = rng.pick(refineriesIn(b, 'US'));
  const start = utc(2023, 3, 1);
  const pe = trips(
    b,
    rng,
    courierPE,
    frontPE,
    miami,
    Array.from({ length: 9 }, (_, i) => start + i * 58 * DAY + rng.int(0, 5) * DAY),
    [2, 4],
  );
  b.truth.instance('GOLD_COURIER', {
    subject: courierPE.id,
    entities: [frontPE.id, miami.id, ...pe],
    size: pe.length,
    description:
      'A courier hand-carries 2–4 kg of gold from Lima to a Miami refiner nine times between March 2023 and autumn 2024, roughly every two months.',
    details: { shipments: pe },
  });

  const jeweller = createPerson(b, { country: 'IT', rng, born: [1960, 1980] });
  const single = trips(
    b,
    rng,
    jeweller,
    firm(b, rng, 'IT', ['OTHER'], 'gold').party,
    rng.pick(refineriesIn(b, 'CH')),
    [utc(2022, 4, 6)],
    [2.8, 3.2],
  );
  b.truth.lookAlike('GOLD_COURIER', {
    subject: jeweller.id,
    entities: single,
    why: 'One hand-carried parcel of about 3 kg (minTrips is 3, minFineKg is 20).',
  });
  const occasional = createPerson(b, { country: 'GH', rng, born: [1970, 1990] });
  const twice = trips(
    b,
    rng,
    occasional,
    firm(b, rng, 'GH', ['TRADER'], 'gold').party,
    rng.pick(refineriesIn(b, 'ZA')),
    [utc(2020, 3, 3), utc(2021, 5, 10)],
    [2.5, 3.5],
  );
  b.truth.lookAlike('GOLD_COURIER', {
    subject: occasional.id,
    entities: twice,
    why: 'Two hand-carried trips fourteen months apart, about 6 kg in all.',
  });
}
