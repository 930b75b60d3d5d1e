/**
 * Reference detectors for the red flags read from shipments and statistics: over-capacity
 * mines, young exporters, high-risk refiners, mis-invoicing, couriers, mass balance and mirror gaps.
 */
import type { EntityRecord } from '@touchstone/domain';
import { DAY, num, sources, targets, type Graph } from '../support/graph';
import type { Detector } from './types';

const date = (s: unknown): number => Date.parse(`${s as string}T00:00:00Z`);
const year = (s: unknown): number => Number((s as string).slice(0, 4));
const gold = (g: Graph): EntityRecord[] =>
  (g.byType.get('Shipment') ?? []).filter((s) => s.commodity === 'GOLD');

export const overCapacity: Detector = (g, p) => {
  const declared = new Map<string, number>();
  const shipments = new Map(gold(g).map((s) => [s.id, s]));
  for (const l of g.links.get('DECLARED_ORIGIN') ?? []) {
    const s = shipments.get(l.from);
    if (!s) continue;
    const key = `${l.to}|${year(s.date)}`;
    declared.set(key, (declared.get(key) ?? 0) + (l.fineKg as number));
  }
  const found = new Set<string>();
  for (const [key, kg] of declared) {
    const [mineId, y] = key.split('|') as [string, string];
    const mine = g.entities.get(mineId)!;
    const licences = sources(g, mineId, 'COVERS')
      .map((id) => g.entities.get(id)!)
      .filter(
        (l) =>
          l.licenceType === 'MINING_CONCESSION' &&
          year(l.issueDate) <= Number(y) &&
          year(l.expiryDate) >= Number(y),
      );
    const licenceKg = Math.max(...licences.map((l) => (l.maxAnnualKg as number) ?? -Infinity));
    const cap =
      licences.length && Number.isFinite(licenceKg)
        ? Math.min(mine.plausibleAnnualKg as number, licenceKg)
        : (mine.plausibleAnnualKg as number);
    if (kg > num(p, 'tolerance') * cap) found.add(mineId);
  }
  return found;
};

export const youngExporters: Detector = (g, p) => {
  const found = new Set<string>();
  for (const c of [...(g.byType.get('Company') ?? []), ...(g.byType.get('Refinery') ?? [])]) {
    if (!c.incorporationDate) continue;
    const start = date(c.incorporationDate);
    const kg = targets(g, c.id, 'EXPORTED')
      .map((id) => g.entities.get(id)!)
      .filter(
        (s) =>
          s.commodity === 'GOLD' &&
          date(s.date) >= start &&
          date(s.date) <= start + num(p, 'maxAgeDays') * DAY,
      )
      .reduce((x, s) => x + (s.fineKg as number), 0);
    if (kg >= num(p, 'minFineKg')) found.add(c.id);
  }
  return found;
};

export const highRiskRefiners: Detector = (g, p) => {
  const scrap = p.scrapMaterials as readonly string[];
  const country = (id: string) => g.entities.get(id)!;
  const found = new Set<string>();
  const counts = new Map<string, number>();
  for (const l of g.links.get('RECEIVED_BY') ?? []) {
    const refinery = g.entities.get(l.to)!;
    const s = g.entities.get(l.from)!;
    if (refinery.type !== 'Refinery' || s.commodity !== 'GOLD') continue;
    const from = targets(g, s.id, 'FROM_COUNTRY').map(country);
    const via = targets(g, s.id, 'VIA').map(country);
    const risky =
      from.some((c) => c.cahra === true) ||
      (scrap.includes(s.materialType as string) && [...from, ...via].some((c) => c.transitHub === true));
    if (!risky) continue;
    const key = `${refinery.id}|${year(s.date)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (counts.get(key)! >= num(p, 'minShipmentsPerYear')) found.add(refinery.id);
  }
  return found;
};

export const misinvoicing: Detector = (g, p) => {
  const price = new Map(
    (g.byType.get('MarketPrice') ?? [])
      .filter((x) => x.commodity === 'GOLD')
      .map((x) => [(x.date as string).slice(0, 7), x.usdPerKg as number]),
  );
  const dev = num(p, 'maxDeviation');
  const found = new Set<string>();
  for (const s of gold(g)) {
    const ratio =
      (s.declaredValueUsd as number) / ((s.fineKg as number) * price.get((s.date as string).slice(0, 7))!);
    if (ratio < 1 - dev || ratio > 1 + dev)
      for (const e of sources(g, s.id, 'EXPORTED')) if (g.entities.get(e)!.type !== 'Person') found.add(e);
  }
  return found;
};

export const couriers: Detector = (g, p) => {
  const found = new Set<string>();
  const trips = new Map<string, EntityRecord[]>();
  for (const l of g.links.get('CARRIED_BY') ?? []) {
    const s = g.entities.get(l.from)!;
    if (s.commodity === 'GOLD' && s.transportMode === p.transportMode)
      trips.set(l.to, [...(trips.get(l.to) ?? []), s]);
  }
  for (const [person, list] of trips) {
    for (const first of list) {
      const inWindow = list.filter(
        (s) =>
          date(s.date) >= date(first.date) && date(s.date) <= date(first.date) + num(p, 'windowDays') * DAY,
      );
      if (
        inWindow.length >= num(p, 'minTrips') ||
        inWindow.reduce((x, s) => x + (s.fineKg as number), 0) >= num(p, 'minFineKg')
      )
        found.add(person);
    }
  }
  return found;
};

export const massBalance: Detector = (g, p) => {
  const flows = new Map<string, { in: number; out: number }>();
  const add = (company: string, y: number, side: 'in' | 'out', kg: number) => {
    const key = `${company}|${y}`;
    const f = flows.get(key) ?? { in: 0, out: 0 };
    f[side] += kg;
    flows.set(key, f);
  };
  for (const s of gold(g)) {
    for (const c of targets(g, s.id, 'CONSIGNED_TO')) add(c, year(s.date), 'in', s.fineKg as number);
    for (const c of sources(g, s.id, 'EXPORTED')) add(c, year(s.date), 'out', s.fineKg as number);
  }
  const found = new Set<string>();
  for (const [key, f] of flows) {
    if (
      f.in > 0 &&
      f.out > 0 &&
      f.out - f.in > num(p, 'tolerance') * f.in &&
      f.out - f.in >= num(p, 'minGapKg')
    )
      found.add(key.split('|')[0]!);
  }
  return found;
};

/** Mirror gaps as `exporterCountryId>importerCountryId:year`. */
export function mirrorGaps(g: Graph, p: Parameters<Detector>[1]): Set<string> {
  const reported = new Map<string, number>();
  for (const type of ['REPORTED_EXPORT', 'REPORTED_IMPORT']) {
    for (const l of g.links.get(type) ?? [])
      if (l.hsCode === p.hsCode) reported.set(`${type}|${l.from}|${l.to}|${l.year}`, l.netKg as number);
  }
  const found = new Set<string>();
  for (const l of g.links.get('REPORTED_EXPORT') ?? []) {
    const exp = l.netKg as number;
    const imp = reported.get(`REPORTED_IMPORT|${l.to}|${l.from}|${l.year}`) ?? 0;
    const gap = Math.abs(imp - exp);
    if (gap >= num(p, 'minGapKg') && gap >= (num(p, 'minGapShare') * (exp + imp)) / 2)
      found.add(`${l.from}>${l.to}:${l.year}`);
  }
  return found;
}

export const mirrorExporters: Detector = (g, p) =>
  new Set([...mirrorGaps(g, p)].map((k) => k.split('>')[0]!));
