/**
 * The countries of the demo with real ISO codes and approximate public figures: annual mine
 * production (kg, rounded, early-2020s), risk, conflict-affected status, transit-hub role,
 * currency and a round USD rate. Each block replicates them (see DATA_CONVENTIONS.blocks).
 */

export type CountryRole = 'PRODUCER' | 'HUB' | 'MARKET';
export type NamePoolKey =
  | 'es'
  | 'pt'
  | 'gy'
  | 'sr'
  | 'saf'
  | 'gh'
  | 'wa'
  | 'ar'
  | 'cd'
  | 'ea'
  | 'tr'
  | 'zh'
  | 'ch'
  | 'en'
  | 'in'
  | 'it';

export interface CountryInfo {
  iso: string;
  name: string;
  role: CountryRole;
  risk: 'LOW' | 'MEDIUM' | 'HIGH';
  cahra: boolean;
  hub: boolean;
  productionKg: number;
  currency: string;
  /** Units of the currency per USD (rounded, held constant over the period). */
  perUsd: number;
  names: NamePoolKey;
  /** Main city and its coordinates, for addresses. */
  city: string;
  lat: number;
  lon: number;
  /** International dialling code, for PHONE identifiers. */
  dial: string;
  /** True when the generator runs an ordinary export trade from it (conflict-affected producers have none). */
  trades: boolean;
}

type Row = [
  string,
  string,
  CountryRole,
  CountryInfo['risk'],
  boolean,
  boolean,
  number,
  string,
  number,
  NamePoolKey,
  string,
  number,
  number,
  string,
  boolean,
];

// prettier-ignore
const ROWS: Row[] = [
  // iso, name, role, risk, cahra, hub, production kg, currency, per USD, names, city, lat, lon, dial, trades
  ['PE', 'Peru', 'PRODUCER', 'MEDIUM', false, false, 96_000, 'PEN', 3.7, 'es', 'Lima', -12.046, -77.043, '+51', true],
  ['BR', 'Brazil', 'PRODUCER', 'MEDIUM', false, false, 70_000, 'BRL', 5.0, 'pt', 'São Paulo', -23.55, -46.633, '+55', true],
  ['CO', 'Colombia', 'PRODUCER', 'MEDIUM', false, false, 58_000, 'COP', 4000, 'es', 'Medellín', 6.244, -75.581, '+57', true],
  ['VE', 'Venezuela', 'PRODUCER', 'HIGH', true, false, 10_000, 'USD', 1, 'es', 'Ciudad Bolívar', 8.122, -63.549, '+58', false],
  ['BO', 'Bolivia', 'PRODUCER', 'HIGH', false, false, 40_000, 'BOB', 6.96, 'es', 'La Paz', -16.5, -68.15, '+591', true],
  ['EC', 'Ecuador', 'PRODUCER', 'MEDIUM', false, false, 10_000, 'USD', 1, 'es', 'Guayaquil', -2.17, -79.922, '+593', true],
  ['GY', 'Guyana', 'PRODUCER', 'MEDIUM', false, false, 15_000, 'GYD', 209, 'gy', 'Georgetown', 6.801, -58.155, '+592', true],
  ['SR', 'Suriname', 'PRODUCER', 'MEDIUM', false, false, 30_000, 'SRD', 30, 'sr', 'Paramaribo', 5.852, -55.204, '+597', true],
  ['ZA', 'South Africa', 'PRODUCER', 'LOW', false, false, 100_000, 'ZAR', 17, 'saf', 'Johannesburg', -26.204, 28.047, '+27', true],
  ['ZW', 'Zimbabwe', 'PRODUCER', 'HIGH', false, false, 30_000, 'USD', 1, 'saf', 'Harare', -17.829, 31.052, '+263', true],
  ['GH', 'Ghana', 'PRODUCER', 'MEDIUM', false, false, 130_000, 'GHS', 11, 'gh', 'Accra', 5.603, -0.187, '+233', true],
  ['ML', 'Mali', 'PRODUCER', 'HIGH', true, false, 70_000, 'XOF', 600, 'wa', 'Bamako', 12.639, -8.003, '+223', false],
  ['BF', 'Burkina Faso', 'PRODUCER', 'HIGH', true, false, 58_000, 'XOF', 600, 'wa', 'Ouagadougou', 12.371, -1.52, '+226', false],
  ['SD', 'Sudan', 'PRODUCER', 'HIGH', true, false, 80_000, 'SDG', 600, 'ar', 'Khartoum', 15.501, 32.56, '+249', false],
  ['CD', 'DR Congo', 'PRODUCER', 'HIGH', true, false, 30_000, 'CDF', 2500, 'cd', 'Bukavu', -2.508, 28.861, '+243', false],
  ['UG', 'Uganda', 'PRODUCER', 'MEDIUM', false, false, 3_000, 'UGX', 3700, 'ea', 'Kampala', 0.347, 32.582, '+256', true],
  ['TZ', 'Tanzania', 'PRODUCER', 'MEDIUM', false, false, 55_000, 'TZS', 2500, 'ea', 'Mwanza', -2.516, 32.9, '+255', true],
  ['AE', 'United Arab Emirates', 'HUB', 'MEDIUM', false, true, 0, 'AED', 3.6725, 'ar', 'Dubai', 25.204, 55.27, '+971', true],
  ['PA', 'Panama', 'HUB', 'MEDIUM', false, true, 3_000, 'USD', 1, 'es', 'Panama City', 8.983, -79.517, '+507', true],
  ['CW', 'Curaçao', 'HUB', 'MEDIUM', false, true, 0, 'ANG', 1.79, 'sr', 'Willemstad', 12.109, -68.931, '+599', true],
  ['HK', 'Hong Kong', 'HUB', 'MEDIUM', false, true, 0, 'HKD', 7.8, 'zh', 'Hong Kong', 22.319, 114.169, '+852', true],
  ['TR', 'Türkiye', 'HUB', 'MEDIUM', false, true, 35_000, 'TRY', 25, 'tr', 'Istanbul', 41.008, 28.978, '+90', true],
  ['CH', 'Switzerland', 'MARKET', 'LOW', false, false, 0, 'CHF', 0.9, 'ch', 'Lugano', 46.004, 8.951, '+41', true],
  ['GB', 'United Kingdom', 'MARKET', 'LOW', false, false, 0, 'GBP', 0.79, 'en', 'London', 51.507, -0.128, '+44', true],
  ['US', 'United States', 'MARKET', 'LOW', false, false, 170_000, 'USD', 1, 'en', 'Miami', 25.762, -80.192, '+1', true],
  ['IN', 'India', 'MARKET', 'MEDIUM', false, false, 1_500, 'INR', 83, 'in', 'Mumbai', 19.076, 72.878, '+91', true],
  ['IT', 'Italy', 'MARKET', 'LOW', false, false, 0, 'EUR', 0.92, 'it', 'Arezzo', 43.463, 11.88, '+39', true],
  ['MX', 'Mexico', 'MARKET', 'MEDIUM', false, false, 120_000, 'MXN', 18, 'es', 'Guadalajara', 20.659, -103.349, '+52', true],
];

/** All countries, producers first. */
export const COUNTRIES: readonly CountryInfo[] = ROWS.map(
  ([
    iso,
    name,
    role,
    risk,
    cahra,
    hub,
    productionKg,
    currency,
    perUsd,
    names,
    city,
    lat,
    lon,
    dial,
    trades,
  ]) => ({
    iso,
    name,
    role,
    risk,
    cahra,
    hub,
    productionKg,
    currency,
    perUsd,
    names,
    city,
    lat,
    lon,
    dial,
    trades,
  }),
);

const byIso = new Map(COUNTRIES.map((x) => [x.iso, x]));

/** The country with this ISO code (throws on an unknown code: a generator bug). */
export function countryInfo(iso: string): CountryInfo {
  const info = byIso.get(iso);
  if (!info) throw new Error(`@touchstone/seed: unknown country ${iso}`);
  return info;
}
