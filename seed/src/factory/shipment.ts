/**
 * Shipments as customs records them: commodity, HS code, weights, fineness, declared value,
 * route (from, via, to), transport, exporter, consignee, declared origin mines, courier and
 * receipt. Export facts cite the exporter's yearly declarations; receipt cites the consignee's.
 */
import type { MATERIAL_TYPES, TRANSPORT_MODES } from '@touchstone/domain';
import type { Rng } from '../core/rng';
import { DAY, isoDate, utc, yearOf } from '../core/time';
import { agenciesOf } from '../reference/agencies';
import type { Block } from '../world/block';
import type { PartyRef } from '../world/registry';
import { countryId } from './places';

export interface ShipmentOptions {
  rng: Rng;
  exporter: PartyRef;
  consignee: PartyRef;
  from: string;
  to: string;
  via?: string[];
  date: number;
  commodity?: 'GOLD' | 'MERCURY';
  grossKg: number;
  /** Fraction of pure metal (gold only). */
  fineness?: number;
  valueUsd: number;
  materialType?: (typeof MATERIAL_TYPES)[number];
  transportMode: (typeof TRANSPORT_MODES)[number];
  /** Declared origin mines and the fine kg declared from each. */
  origins?: { mine: string; fineKg: number }[];
  carrier?: PartyRef;
  /** Days until the consignee records receipt; `false` for none (e.g. seized on the way). */
  receivedAfterDays?: number | false;
}

export interface ShipmentRef {
  id: string;
  date: number;
  fineKg: number;
  valueUsd: number;
  exporter: PartyRef;
  consignee: PartyRef;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

export function createShipment(b: Block, o: ShipmentOptions): ShipmentRef {
  const { rng } = o;
  const year = yearOf(o.date);
  const commodity = o.commodity ?? 'GOLD';
  const exportDoc = b.docs.get(`exports:${o.exporter.id}:${year}`, () => ({
    title: `Export declarations ${year} — ${o.exporter.name} (${agenciesOf(o.from).customs})`,
    kind: 'CUSTOMS_DECLARATION',
    date: Math.min(utc(year, 12, 31), utc(2025, 11, 30)),
  }));
  const fineKg = o.fineness === undefined ? 0 : r3(o.grossKg * o.fineness);
  const id = b.emit.entity('Shipment', {
    commodity,
    hsCode: commodity === 'GOLD' ? '7108' : '280540',
    grossWeightKg: r3(o.grossKg),
    fineness: o.fineness,
    fineKg: o.fineness === undefined ? undefined : fineKg,
    declaredValueUsd: Math.round(o.valueUsd * 100) / 100,
    date: isoDate(o.date),
    transportMode: o.transportMode,
    customsRef: `${o.transportMode === 'SEA' ? 'BL' : 'AWB'} ${rng.digits(3)}-${rng.digits(8)}`,
    materialType: o.materialType,
    originCountry: o.from,
    destinationCountry: o.to,
  });
  b.emit.supportedBy(id, exportDoc);
  b.emit.fact('EXPORTED', o.exporter.id, id, exportDoc);
  b.emit.fact('CONSIGNED_TO', id, o.consignee.id, exportDoc);
  b.emit.fact('FROM_COUNTRY', id, countryId(b, o.from), exportDoc);
  (o.via ?? []).forEach((iso, i) => b.emit.fact('VIA', id, countryId(b, iso), exportDoc, { order: i + 1 }));
  b.emit.fact('TO_COUNTRY', id, countryId(b, o.to), exportDoc);
  for (const origin of o.origins ?? [])
    b.emit.fact('DECLARED_ORIGIN', id, origin.mine, exportDoc, { fineKg: r3(origin.fineKg) });
  if (o.carrier) b.emit.fact('CARRIED_BY', id, o.carrier.id, exportDoc);
  if (o.receivedAfterDays !== false) {
    const received = o.date + (o.receivedAfterDays ?? rng.int(1, 3)) * DAY;
    const intake = b.docs.get(`imports:${o.consignee.id}:${year}`, () => ({
      title: `Import and intake records ${year} — ${o.consignee.name}`,
      kind: 'CUSTOMS_DECLARATION',
      date: Math.min(utc(year + 1, 1, 31), utc(2025, 12, 15)),
    }));
    b.emit.fact('RECEIVED_BY', id, o.consignee.id, intake, { date: isoDate(received) });
  }
  return { id, date: o.date, fineKg, valueUsd: o.valueUsd, exporter: o.exporter, consignee: o.consignee };
}
