import {
  ENTITY_TYPE_NAMES,
  LINK_TYPES,
  validateEntity,
  validateLink,
  type LinkTypeName,
} from '@touchstone/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemorySink } from '@touchstone/seed';
import { dataset } from './support/demo';

let sink: MemorySink;
beforeAll(async () => {
  ({ sink } = await dataset());
}, 60_000);

describe('the demo dataset (seed 42, scale 1)', () => {
  it('has between 10,000 and 20,000 entities and about three links per entity', () => {
    expect(sink.entities.length).toBeGreaterThanOrEqual(10_000);
    expect(sink.entities.length).toBeLessThanOrEqual(20_000);
    expect(sink.links.length / sink.entities.length).toBeGreaterThan(2.5);
    expect(sink.links.length / sink.entities.length).toBeLessThan(3.5);
  });

  it('contains every entity type', () => {
    const types = new Set(sink.entities.map((e) => e.type));
    expect(ENTITY_TYPE_NAMES.filter((t) => !types.has(t))).toEqual([]);
  });

  it('has only records that pass domain validation', () => {
    const bad = [
      ...sink.entities.map((e) => ({ id: e.id, v: validateEntity(e) })),
      ...sink.links.map((l) => ({ id: l.id, v: validateLink(l) })),
    ].filter((x) => !x.v.ok);
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('has unique ids, and every link joins entities present in the dataset', () => {
    const ids = new Set(sink.entities.map((e) => e.id));
    expect(ids.size).toBe(sink.entities.length);
    expect(new Set(sink.links.map((l) => l.id)).size).toBe(sink.links.length);
    expect(sink.links.filter((l) => !ids.has(l.from) || !ids.has(l.to)).slice(0, 3)).toEqual([]);
  });

  it('cites an existing SourceDocument on every fact link, and documents key entities', () => {
    const docs = new Set(sink.entities.filter((e) => e.type === 'SourceDocument').map((e) => e.id));
    const facts = sink.links.filter((l) => LINK_TYPES[l.type as LinkTypeName].fact);
    expect(facts.filter((l) => !docs.has(l.sourceId as string)).slice(0, 3)).toEqual([]);
    expect(sink.links.filter((l) => l.type === 'SUPPORTED_BY' && !docs.has(l.to))).toEqual([]);
    const supported = new Set(sink.links.filter((l) => l.type === 'SUPPORTED_BY').map((l) => l.from));
    for (const type of [
      'Company',
      'Shipment',
      'Seizure',
      'Sample',
      'Prosecution',
      'Licence',
      'Transaction',
      'BankAccount',
    ]) {
      const missing = sink.entities.filter((e) => e.type === type && !supported.has(e.id));
      expect(missing.map((e) => e.id).slice(0, 3), type).toEqual([]);
    }
  });

  it('dates every fact in 2019–2025 and enters it after its document’s date', () => {
    const docDate = new Map(
      sink.entities.filter((e) => e.type === 'SourceDocument').map((e) => [e.id, e.date as string]),
    );
    const late = sink.links.filter(
      (l) => l.enteredAt && (l.enteredAt as string).slice(0, 10) < docDate.get(l.sourceId as string)!,
    );
    expect(late.slice(0, 3)).toEqual([]);
    const stamps = sink.entities
      .flatMap((e) => [e.timestamp, e.type === 'Shipment' ? e.date : undefined])
      .filter((x): x is string => typeof x === 'string');
    expect(stamps.filter((s) => s < '2019-01-01' || s >= '2026-01-01').slice(0, 3)).toEqual([]);
  });

  it('keeps shipments self-consistent: fine kg = gross × fineness, HS 7108 for gold, routes from and to countries', () => {
    const shipments = sink.entities.filter((e) => e.type === 'Shipment' && e.commodity === 'GOLD');
    for (const s of shipments) {
      expect(s.hsCode).toBe('7108');
      expect(
        Math.abs((s.fineKg as number) - (s.grossWeightKg as number) * (s.fineness as number)),
      ).toBeLessThan(0.002);
    }
    const from = new Set(sink.links.filter((l) => l.type === 'FROM_COUNTRY').map((l) => l.from));
    const to = new Set(sink.links.filter((l) => l.type === 'TO_COUNTRY').map((l) => l.from));
    expect(shipments.filter((s) => !from.has(s.id) || !to.has(s.id))).toEqual([]);
  });

  it('settles ordinary gold sales with a "gold purchase" payment for each settled shipment', () => {
    const settles = sink.links.filter((l) => l.type === 'SETTLES');
    const purpose = new Map(
      sink.entities.filter((e) => e.type === 'Transaction').map((e) => [e.id, e.purpose]),
    );
    expect(settles.length).toBeGreaterThan(500);
    expect(settles.filter((l) => purpose.get(l.from) !== 'gold purchase')).toEqual([]);
  });

  it('publishes 84 monthly gold prices with realistic USD per kg', () => {
    const prices = sink.entities.filter((e) => e.type === 'MarketPrice');
    expect(prices).toHaveLength(84);
    const byDate = new Map(prices.map((p) => [p.date as string, p.usdPerKg as number]));
    expect(byDate.get('2019-01-01')).toBe(41_507); // 1,291 USD/oz × 32.1507 oz/kg
    expect(byDate.get('2025-12-01')).toBeGreaterThan(130_000);
  });
});
