/**
 * National trade statistics for HS 7108, 2019–2025: each reporter's exports to a partner and
 * the partner's imports from it. Ordinary mirror pairs agree within a few per cent (CIF/FOB,
 * timing); planted gaps are registered as overrides before this step runs.
 */
import { YEARS, utc } from '../core/time';
import { countryId } from '../factory/places';
import { countryInfo } from '../reference/countries';
import { goldUsdPerKg } from '../reference/gold-prices';
import type { Block } from './block';

/** Who reports exports to whom, and the share of the reporter's volume. */
export const TRADE_PAIRS: readonly [string, string, number][] = [
  ['PE', 'CH', 0.3],
  ['PE', 'US', 0.25],
  ['PE', 'AE', 0.1],
  ['PE', 'IN', 0.15],
  ['BR', 'CH', 0.3],
  ['BR', 'GB', 0.2],
  ['BR', 'IN', 0.15],
  ['BR', 'AE', 0.1],
  ['CO', 'US', 0.4],
  ['CO', 'CH', 0.3],
  ['CO', 'PA', 0.05],
  ['VE', 'TR', 0.3],
  ['VE', 'AE', 0.2],
  ['BO', 'IN', 0.4],
  ['BO', 'AE', 0.3],
  ['EC', 'CH', 0.4],
  ['EC', 'US', 0.3],
  ['EC', 'PA', 0.004],
  ['GY', 'CH', 0.3],
  ['GY', 'AE', 0.3],
  ['SR', 'CH', 0.5],
  ['SR', 'CW', 0.05],
  ['SR', 'AE', 0.15],
  ['ZA', 'IN', 0.2],
  ['ZA', 'CH', 0.2],
  ['ZA', 'GB', 0.2],
  ['ZW', 'AE', 0.6],
  ['ZW', 'ZA', 0.2],
  ['GH', 'CH', 0.3],
  ['GH', 'AE', 0.3],
  ['GH', 'ZA', 0.1],
  ['GH', 'TR', 0.05],
  ['ML', 'CH', 0.4],
  ['ML', 'AE', 0.3],
  ['BF', 'CH', 0.5],
  ['BF', 'AE', 0.2],
  ['SD', 'AE', 0.6],
  ['CD', 'AE', 0.3],
  ['CD', 'UG', 0.2],
  ['UG', 'AE', 0.8],
  ['TZ', 'CH', 0.3],
  ['TZ', 'IN', 0.3],
  ['TZ', 'HK', 0.05],
  ['AE', 'CH', 0.4],
  ['AE', 'IN', 0.3],
  ['AE', 'TR', 0.1],
  ['HK', 'CH', 0.5],
  ['TR', 'CH', 0.3],
  ['PA', 'US', 0.5],
  ['CW', 'CH', 0.5],
];

/** Volumes re-exported by hubs that produce nothing, in kg a year. */
const HUB_VOLUME: Record<string, number> = { AE: 900_000, HK: 120_000, TR: 60_000, PA: 4_000, CW: 2_500 };

/** `A>B:year` → reported kg, for planted and look-alike gaps. */
export type TradeOverrides = Map<string, { exportKg: number; importKg: number }>;

export const tradeKey = (from: string, to: string, year: number): string => `${from}>${to}:${year}`;

/** The ordinary export volume of a pair in a year (planted gaps start from it). */
export function ordinaryVolume(from: string, share: number, year: number): number {
  const base = HUB_VOLUME[from] ?? countryInfo(from).productionKg;
  const wobble = 1 + 0.06 * Math.sin(year * 1.7 + from.charCodeAt(0));
  return Math.round(base * share * wobble);
}

export function buildTradeStatistics(b: Block, overrides: TradeOverrides): void {
  const rng = b.rng.fork('trade-statistics');
  const doc = (iso: string) =>
    b.docs.get(`comtrade:${iso}`, () => ({
      title: `Trade statistics HS 7108 (non-monetary gold), reporter ${countryInfo(iso).name}, 2019–2025`,
      kind: 'TRADE_STATISTICS',
      date: utc(2025, 9, 30),
    }));
  for (const [from, to, share] of TRADE_PAIRS) {
    for (const year of YEARS) {
      const price = goldUsdPerKg(year, 6);
      const planted = overrides.get(tradeKey(from, to, year));
      const exportKg = planted?.exportKg ?? ordinaryVolume(from, share, year);
      const importKg = planted?.importKg ?? Math.round(exportKg * rng.float(0.96, 1.05));
      b.emit.fact('REPORTED_EXPORT', countryId(b, from), countryId(b, to), doc(from), {
        year,
        hsCode: '7108',
        netKg: exportKg,
        valueUsd: Math.round(exportKg * price * rng.float(0.98, 1.0)),
      });
      b.emit.fact('REPORTED_IMPORT', countryId(b, to), countryId(b, from), doc(to), {
        year,
        hsCode: '7108',
        netKg: importKg,
        valueUsd: Math.round(importKg * price * rng.float(1.0, 1.02)),
      });
    }
  }
}
