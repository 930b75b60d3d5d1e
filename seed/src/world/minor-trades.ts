/**
 * Small legitimate trades that resemble red flags: the legal mercury trade (a Mexican chemicals
 * maker supplying a US dental wholesaler), single hand-carried parcels of jewellery, and scrap
 * sent by genuine recyclers to Swiss refiners without passing a transit hub.
 */
import { DAY, PERIOD_END, YEARS, utc } from '../core/time';
import { createPerson } from '../factory/person';
import { createShipment } from '../factory/shipment';
import type { Block } from './block';
import { refineriesIn, tradeCompany } from './markets';
import { priceAt } from './reference-world';

export function buildMinorTrades(b: Block): void {
  const rng = b.rng.fork('minor-trades');
  const maker = tradeCompany(b, rng, 'MX', ['OTHER']);
  const dental = tradeCompany(b, rng, 'US', ['OTHER']);
  b.world.legalMercuryImporter = dental.id;
  for (const year of YEARS) {
    for (const month of [3, 9]) {
      const date = utc(year, month, rng.int(1, 28));
      const kg = rng.float(20, 80);
      createShipment(b, {
        rng,
        exporter: maker,
        consignee: dental,
        from: 'MX',
        to: 'US',
        date,
        commodity: 'MERCURY',
        grossKg: kg,
        valueUsd: kg * rng.float(60, 120),
        transportMode: 'ROAD',
      });
    }
  }

  const jewellers: [string, string][] = [
    ['IT', 'CH'],
    ['IN', 'AE'],
    ['AE', 'IN'],
    ['PE', 'US'],
    ['TR', 'CH'],
    ['GB', 'CH'],
  ];
  for (const [from, to] of jewellers) {
    const person = createPerson(b, { country: from, rng, born: [1960, 1990] });
    const consignee = rng.pick(refineriesIn(b, to));
    const date = utc(rng.int(2019, 2025), rng.int(1, 12), rng.int(1, 28));
    const fineness = 0.75;
    const fineKg = rng.float(0.4, 2.5);
    createShipment(b, {
      rng,
      exporter: person,
      consignee,
      from,
      to,
      date,
      grossKg: fineKg / fineness,
      fineness,
      valueUsd: fineKg * priceAt(b, date) * rng.float(0.96, 1.0),
      materialType: 'JEWELLERY',
      transportMode: 'HAND_CARRY',
      carrier: person,
    });
  }

  for (const recycler of b.world.recyclers) {
    const refinery = rng.pick(refineriesIn(b, 'CH'));
    for (let t = utc(2019, 2, rng.int(1, 28)); t < PERIOD_END - 30 * DAY; t += rng.int(50, 110) * DAY) {
      const fineness = rng.float(0.55, 0.8);
      const fineKg = rng.float(5, 40);
      createShipment(b, {
        rng,
        exporter: recycler,
        consignee: refinery,
        from: recycler.country,
        to: 'CH',
        date: t,
        grossKg: fineKg / fineness,
        fineness,
        valueUsd: fineKg * priceAt(b, t) * rng.float(0.95, 1.0),
        materialType: 'SCRAP',
        transportMode: 'AIR_CARGO',
      });
    }
  }
}
