/**
 * Builders for the gold plants: an exporter with its licence and dollar account, a dedicated
 * licensed mine, and a shipment with its settlement. They reuse the ordinary factories so planted
 * actors look exactly like ordinary ones.
 */
import type { Rng } from '../core/rng';
import { DAY, utc } from '../core/time';
import { createLicence } from '../factory/licence';
import { transfer } from '../factory/money';
import { createShipment, type ShipmentOptions, type ShipmentRef } from '../factory/shipment';
import { regionsOf } from '../reference/regions';
import type { Block } from '../world/block';
import { nextSlot } from '../world/calendar';
import { createMine } from '../world/mines';
import { regionBase } from '../world/profiles';
import { priceAt } from '../world/reference-world';
import { local, type CompanyRef, type MineRef } from '../world/registry';
import { firm, type Holder } from './actors';

/** A new exporter with an export licence approved by one of the country's officials. */
export function newExporter(b: Block, rng: Rng, iso: string, incorporated?: number): Holder<CompanyRef> {
  const exporter = firm(b, rng, iso, ['EXPORTER', 'TRADER'], 'gold', { incorporated });
  const official = b.world.countries.get(iso)?.officials[1];
  if (official) {
    const issued = exporter.party.incorporated + rng.int(20, 60) * DAY;
    createLicence(b, {
      country: iso,
      rng,
      type: 'EXPORT_LICENCE',
      holder: exporter.party,
      official,
      issued,
      years: 10,
    });
  }
  return exporter;
}

/** A dedicated licensed mine (with a miner holding its concession) that ordinary trade never declares. */
export function dedicatedMine(
  b: Block,
  rng: Rng,
  iso: string,
  plausibleKg: number,
  licenceKg: number,
  regionIndex = 0,
): MineRef {
  const region = regionsOf(iso)[regionIndex]!;
  const mine = createMine(b, {
    rng,
    region,
    status: 'LICENSED',
    type: 'ARTISANAL',
    plausibleKg,
    base: regionBase(rng),
    reserved: true,
  });
  mine.licenceKg = licenceKg;
  const miner = firm(b, rng, iso, ['MINER'], 'mining');
  b.emit.fact('OPERATES', miner.party.id, mine.id, miner.party.registry);
  const official = local(b.world, iso).officials[0]!;
  createLicence(b, {
    country: iso,
    rng,
    type: 'MINING_CONCESSION',
    holder: miner.party,
    official,
    issued: utc(2014, rng.int(1, 12), rng.int(1, 28)),
    mine: mine.id,
    maxAnnualKg: licenceKg,
  });
  return mine;
}

export interface GoldShipment extends Omit<
  ShipmentOptions,
  'rng' | 'grossKg' | 'valueUsd' | 'transportMode' | 'fineness'
> {
  fineKg: number;
  fineness?: number;
  /** Declared value ÷ market value; default 0.95–1.02. */
  priceFactor?: number;
  transportMode?: ShipmentOptions['transportMode'];
  /** Pay it on the settlement days from the consignee's account (default true when both have accounts). */
  settle?: boolean;
}

/** A gold shipment priced against the market of its month, optionally settled. */
export function goldShipment(b: Block, rng: Rng, o: GoldShipment): ShipmentRef {
  const fineness = o.fineness ?? rng.float(0.82, 0.94);
  const factor = o.priceFactor ?? rng.float(0.95, 1.02);
  const s = createShipment(b, {
    ...o,
    rng,
    grossKg: o.fineKg / fineness,
    fineness,
    valueUsd: o.fineKg * priceAt(b, o.date) * factor,
    transportMode: o.transportMode ?? 'AIR_CARGO',
    materialType: o.materialType ?? 'DORE',
  });
  if (o.settle !== false && o.consignee.account && o.exporter.account) {
    const at = nextSlot(rng, 'SETTLE', o.date, 5);
    if (at !== undefined)
      transfer(
        b,
        rng,
        o.consignee.account,
        o.exporter.account,
        at,
        s.valueUsd * rng.float(0.985, 0.998),
        'gold purchase',
        { settles: s.id },
      );
  }
  return s;
}
