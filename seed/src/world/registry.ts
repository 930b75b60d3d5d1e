/**
 * What one block knows about the world it is building: handles to the entities that later
 * steps (trade, money, planted patterns) need to link to. Only ids and a few facts are kept,
 * never records, and the registry is dropped when the block ends.
 */
import type { PopulationModel, ReferenceProfile } from '@touchstone/analytics';
import type { DocRef } from '../core/emitter';
import type { CountryInfo } from '../reference/countries';

/** A bank account and the statement it is documented in. */
export interface AccountRef {
  id: string;
  holderId?: string;
  country: string;
  currency: string;
  perUsd: number;
  doc: DocRef;
}

/** A person or company. */
export interface PartyRef {
  id: string;
  name: string;
  country: string;
  account?: AccountRef;
}

export interface CompanyRef extends PartyRef {
  kinds: readonly string[];
  incorporated: number;
  registry: DocRef;
}

export type MineStatus = 'LICENSED' | 'INFORMAL' | 'ILLEGAL';

export interface MineRef {
  id: string;
  name: string;
  country: string;
  region: string;
  point: { latitude: number; longitude: number };
  status: MineStatus;
  plausibleKg: number;
  /** Max annual kg of its concession, when licensed. */
  licenceKg?: number;
  areaKey?: string;
  usesMercury: boolean;
  profile: ReferenceProfile;
  /** Set aside for a planted pattern: the ordinary trade does not declare it as origin. */
  reserved: boolean;
}

/** The actors of one country. */
export interface CountryWorld {
  info: CountryInfo;
  id: string;
  exporters: CompanyRef[];
  buyers: CompanyRef[];
  miners: CompanyRef[];
  mines: MineRef[];
  officials: PartyRef[];
  /** Companies paid monthly by the others (utility, landlord, services, retail). */
  utility?: CompanyRef;
  landlord?: CompanyRef;
  services?: CompanyRef;
  retail?: CompanyRef;
  treasury?: AccountRef;
  /** Which mines supply each exporter (for declared origins), by exporter id. */
  supply: Map<string, MineRef[]>;
  /** Domestic gold purchases paid by account: buyer pays seller for lots. */
  purchases: { buyer: CompanyRef; seller: CompanyRef; kgPerYear: number }[];
}

/** A person paid a monthly salary (by an employer's account or the treasury), with own account. */
export interface Employment {
  employer: CompanyRef | 'treasury';
  person: PartyRef;
  salaryUsd: number;
  /** Pays rent to the country's landlord. */
  tenant: boolean;
}

export interface World {
  countries: Map<string, CountryWorld>;
  employments: Employment[];
  areas: Map<string, { id: string; name: string; country: string }>;
  refineries: CompanyRef[];
  hubTraders: CompanyRef[];
  recyclers: CompanyRef[];
  /** USD per fine kg by `YYYY-MM`. */
  prices: Map<string, number>;
  /** Fine kg already declared per mine and year (`mineId:year`). */
  declared: Map<string, number>;
  /** The legal mercury importer (a dental wholesaler), a look-alike for GOLD_MERCURY. */
  legalMercuryImporter?: string;
  /** Between-mine population of the block's reference profiles (built on first use). */
  population?: PopulationModel;
}

export const newWorld = (): World => ({
  countries: new Map(),
  employments: [],
  areas: new Map(),
  refineries: [],
  hubTraders: [],
  recyclers: [],
  prices: new Map(),
  declared: new Map(),
});

/** The country world of an ISO code (throws on a generator bug). */
export function local(world: World, iso: string): CountryWorld {
  const c = world.countries.get(iso);
  if (!c) throw new Error(`@touchstone/seed: country ${iso} not built`);
  return c;
}
