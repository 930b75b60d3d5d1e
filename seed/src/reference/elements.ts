/**
 * The trace elements of the demo's gold fingerprints (LA-ICP-MS on grains and doré), with the
 * range of mine means in log10 ppm, the within-mine spread and the detection limit. Silver is a
 * major element of native gold (3–30 %); mercury is high where gold is amalgamated.
 */

export interface ElementInfo {
  symbol: string;
  /** Range of mine means, log10 ppm. */
  low: number;
  high: number;
  /** Range of within-mine spread, log10 units. */
  spreadLow: number;
  spreadHigh: number;
  /** Detection limit of the method, ppm. */
  lod: number;
}

const e = (
  symbol: string,
  low: number,
  high: number,
  spreadLow: number,
  spreadHigh: number,
  lod: number,
): ElementInfo => ({ symbol, low, high, spreadLow, spreadHigh, lod });

export const ELEMENTS: readonly ElementInfo[] = [
  e('Ag', 4.5, 5.5, 0.03, 0.08, 1),
  e('Cu', 1.5, 3.7, 0.08, 0.2, 0.5),
  e('Pb', 0, 2, 0.1, 0.25, 0.05),
  e('Bi', -1, 1.7, 0.1, 0.25, 0.02),
  e('Te', -1, 1.5, 0.1, 0.25, 0.05),
  e('Sb', -1, 1.3, 0.1, 0.25, 0.02),
  e('As', -0.5, 1.7, 0.1, 0.25, 0.1),
  e('Hg', 1, 3.7, 0.1, 0.2, 0.5),
  e('Pd', -1.5, 1.7, 0.1, 0.25, 0.01),
  e('Pt', -1.7, 0.7, 0.1, 0.25, 0.01),
  e('Sn', -1, 1.3, 0.1, 0.25, 0.05),
  e('Zn', 0, 1.7, 0.1, 0.25, 0.1),
];

/** Element symbols in profile order. */
export const ELEMENT_SYMBOLS: readonly string[] = ELEMENTS.map((x) => x.symbol);
