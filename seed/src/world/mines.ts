/**
 * Mines placed in real mining regions: legal status, type, plausible production, mercury use,
 * and — for some — a point inside a protected area or indigenous territory. Each mine gets a
 * reference profile (a REFERENCE sample TAKEN_FROM it) from its country's reference database.
 */
import type { MINE_TYPES } from '@touchstone/domain';
import type { DocRef } from '../core/emitter';
import type { Rng } from '../core/rng';
import { isoDate, utc } from '../core/time';
import { licenceRegister } from '../factory/licence';
import { countryId } from '../factory/places';
import { countryInfo } from '../reference/countries';
import { PROTECTED_AREAS, jitter, type MiningRegion } from '../reference/regions';
import type { Block } from './block';
import { mineProfile } from './profiles';
import type { MineRef, MineStatus } from './registry';

const NAMES: Record<string, (place: string, n: string) => string> = {
  es: (p, n) => `${['Mina', 'Concesión', 'Frente'][n.charCodeAt(0) % 3]} ${p} ${n}`,
  pt: (p, n) => `${['Garimpo', 'Mina', 'Lavra'][n.charCodeAt(0) % 3]} ${p} ${n}`,
  fr: (p, n) => `${['Site minier de', 'Mine de', 'Placer de'][n.charCodeAt(0) % 3]} ${p} ${n}`,
  en: (p, n) => `${p} ${['Gold Mine', 'Claim', 'Workings'][n.charCodeAt(0) % 3]} ${n}`,
};
const IDIOM: Record<string, string> = { es: 'es', pt: 'pt', wa: 'fr', cd: 'fr' };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The monitoring report that documents unlicensed sites and who runs them. */
export function miningWatch(b: Block, iso: string): DocRef {
  return b.docs.get(`mining-watch:${iso}`, () => ({
    title: `Satellite detections of unlicensed mining — ${countryInfo(iso).name} (monitoring report)`,
    kind: 'OPEN_SOURCE',
    date: utc(2025, 5, 20),
    grade: ['B', '2'],
  }));
}

export interface MineOptions {
  rng: Rng;
  region: MiningRegion;
  status: MineStatus;
  type: (typeof MINE_TYPES)[number];
  plausibleKg: number;
  base: readonly number[];
  usesMercury?: boolean;
  /** Key of a protected area the mine lies inside. */
  areaKey?: string;
  reserved?: boolean;
  /** A given reference profile instead of one drawn around `base`. */
  profile?: MineRef['profile'];
}

export function createMine(b: Block, o: MineOptions): MineRef {
  const { rng, region } = o;
  const iso = region.country;
  const area = o.areaKey ? PROTECTED_AREAS.find((a) => a.key === o.areaKey) : undefined;
  const point = area
    ? jitter(area.lat, area.lon, area.radiusKm, rng.next(), rng.next())
    : jitter(region.lat, region.lon, region.radiusKm, rng.next(), rng.next());
  const naming = NAMES[IDIOM[countryInfo(iso).names] ?? 'en']!;
  const name = naming(rng.pick(region.places), rng.pick(ROMAN));
  const usesMercury = o.usesMercury ?? (o.status !== 'LICENSED' && region.alluvial);
  const source = o.status === 'LICENSED' ? licenceRegister(b, iso) : miningWatch(b, iso);
  const id = b.emit.entity('Mine', {
    name,
    location: point,
    country: iso,
    region: region.region,
    legalStatus: o.status,
    mineType: o.type,
    licensedAreaHa: o.status === 'LICENSED' ? Math.round(rng.float(150, 9000)) : undefined,
    plausibleAnnualKg: o.plausibleKg,
    usesMercury,
    inProtectedArea: area ? area.kind !== 'INDIGENOUS_TERRITORY' : false,
    onIndigenousLand: area ? area.kind === 'INDIGENOUS_TERRITORY' : false,
  });
  b.emit.supportedBy(id, source);
  b.emit.fact('LOCATED_IN', id, countryId(b, iso), source);
  if (area) {
    const areaRef = b.world.areas.get(area.key);
    if (areaRef) b.emit.fact('INSIDE', id, areaRef.id, source);
  }
  const profile = o.profile ?? mineProfile(rng, o.base, usesMercury);
  emitReference(b, rng, id, iso, profile, region.alluvial);
  return {
    id,
    name,
    country: iso,
    region: region.region,
    point,
    status: o.status,
    plausibleKg: o.plausibleKg,
    areaKey: o.areaKey,
    usesMercury,
    profile,
    reserved: o.reserved ?? false,
  };
}

function emitReference(
  b: Block,
  rng: Rng,
  mine: string,
  iso: string,
  profile: MineRef['profile'],
  alluvial: boolean,
): void {
  const doc = b.docs.get(`reference-db:${iso}`, () => ({
    title: `Gold reference profile database — ${countryInfo(iso).name} (LA-ICP-MS, version 2024.2)`,
    kind: 'LAB_REPORT',
    date: utc(2024, 11, 15),
  }));
  const id = b.emit.entity('Sample', {
    sampleKind: 'REFERENCE',
    form: alluvial ? 'GRAIN' : 'DORE',
    lab: 'Regional Precious Metals Profiling Laboratory',
    method: 'LA-ICP-MS reference profile (geometric mean of 8 specimens)',
    takenDate: isoDate(utc(rng.int(2016, 2023), rng.int(1, 12), rng.int(1, 28))),
    elements: profile.elements,
    concentrationsPpm: profile.concentrationsPpm,
    uncertaintiesPpm: profile.uncertaintiesPpm,
    detectionLimitsPpm: profile.detectionLimitsPpm,
  });
  b.emit.supportedBy(id, doc);
  b.emit.fact('TAKEN_FROM', id, mine, doc);
}
