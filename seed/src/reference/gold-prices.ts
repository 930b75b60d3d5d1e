/**
 * Monthly average gold price, 2019–2025, in USD per troy ounce (LBMA PM, rounded; late-2025
 * values approximate). The generator publishes them as USD per fine kg.
 */

const OUNCES_PER_KG = 32.1507466;

const USD_PER_OZ: Record<number, readonly number[]> = {
  2019: [1291, 1320, 1300, 1285, 1283, 1359, 1413, 1500, 1511, 1495, 1471, 1480],
  2020: [1560, 1597, 1592, 1683, 1716, 1732, 1847, 1968, 1922, 1900, 1866, 1858],
  2021: [1867, 1808, 1718, 1760, 1850, 1834, 1807, 1785, 1776, 1777, 1821, 1790],
  2022: [1817, 1856, 1948, 1937, 1849, 1837, 1733, 1765, 1681, 1665, 1726, 1798],
  2023: [1898, 1855, 1913, 2000, 1992, 1943, 1951, 1918, 1916, 1916, 1985, 2031],
  2024: [2034, 2023, 2158, 2331, 2350, 2326, 2398, 2470, 2571, 2690, 2651, 2648],
  2025: [2709, 2895, 2984, 3193, 3280, 3352, 3340, 3368, 3665, 4058, 4087, 4300],
};

/** USD per fine kg for a year and month (1–12), rounded to the dollar. */
export function goldUsdPerKg(year: number, month: number): number {
  const oz = USD_PER_OZ[year]?.[month - 1];
  if (oz === undefined) throw new Error(`@touchstone/seed: no gold price for ${year}-${month}`);
  return Math.round(oz * OUNCES_PER_KG);
}
