/**
 * The statistics the dashboard draws, and the rows of its bar charts: one row per group (a
 * country, year, route or typology) with the figure's value, its text and the ids of the records
 * behind it, so a bar can open them on the chart.
 */

export type GroupBy = 'COUNTRY' | 'YEAR' | 'ROUTE' | 'TYPOLOGY';

export interface Figure {
  count: number;
  kg: number;
  valueUsd: number;
  ids: string[];
  idsComplete: boolean;
}

export interface StatGroup {
  key: string;
  label: string;
  seizures: Figure;
  prosecutions: Figure;
  exports: Figure;
  imports: Figure;
  verdicts: { verdict: string; count: number; ids?: string[] }[];
}

export interface Statistics {
  groups: StatGroup[];
  totals: {
    seizures: { count: number; kg: number; valueUsd: number };
    prosecutions: { count: number; valueUsd: number };
    exports: { count: number; kg: number; valueUsd: number };
    imports: { count: number; kg: number; valueUsd: number };
    verdicts: { verdict: string; count: number }[];
  };
}

/** One bar: its length, its text, and the records behind it. */
export interface Bar {
  series: string;
  value: number;
  text: string;
  ids: string[];
  idsComplete: boolean;
}

export interface BarRow {
  key: string;
  label: string;
  bars: Bar[];
}

/** Kilograms as read in a report: 1,234 kg, 56.3 t, 0.42 kg. */
export function formatKg(kg: number): string {
  if (kg >= 10_000) return `${(kg / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} t`;
  if (kg >= 100) return `${Math.round(kg).toLocaleString('en-US')} kg`;
  return `${kg.toLocaleString('en-US', { maximumFractionDigits: 2 })} kg`;
}

export const formatCount = (n: number, unit: string): string => `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;

/** Groups in reading order: years by time, the rest largest first by `weight`. */
function ordered(groups: StatGroup[], groupBy: GroupBy, weight: (g: StatGroup) => number): StatGroup[] {
  if (groupBy === 'YEAR') return [...groups].sort((a, b) => a.key.localeCompare(b.key));
  return [...groups].sort((a, b) => weight(b) - weight(a) || a.label.localeCompare(b.label));
}

/** Seizures: kg seized per group (groups with seizures but no gold weight still appear). */
export function seizureRows(groups: StatGroup[], groupBy: GroupBy, limit = 25): BarRow[] {
  return ordered(groups.filter((g) => g.seizures.count > 0), groupBy, (g) => g.seizures.kg || g.seizures.count / 1000)
    .slice(0, limit)
    .map((g) => ({
      key: g.key,
      label: g.label,
      bars: [
        {
          series: 'seized',
          value: g.seizures.kg,
          text: `${formatKg(g.seizures.kg)} · ${formatCount(g.seizures.count, 'seizure')}`,
          ids: g.seizures.ids,
          idsComplete: g.seizures.idsComplete,
        },
      ],
    }));
}

/** Exports against imports, in fine kg: the gap between them is the mirror-trade gap. */
export function mirrorRows(groups: StatGroup[], groupBy: GroupBy, limit = 25): BarRow[] {
  return ordered(groups.filter((g) => g.exports.kg > 0 || g.imports.kg > 0), groupBy, (g) => Math.max(g.exports.kg, g.imports.kg))
    .slice(0, limit)
    .map((g) => ({
      key: g.key,
      label: g.label,
      bars: [
        { series: 'exports', value: g.exports.kg, text: `exported ${formatKg(g.exports.kg)}`, ids: g.exports.ids, idsComplete: g.exports.idsComplete },
        { series: 'imports', value: g.imports.kg, text: `imported ${formatKg(g.imports.kg)}`, ids: g.imports.ids, idsComplete: g.imports.idsComplete },
      ],
    }));
}

/** Prosecutions filed per group, with their verdicts in the text. */
export function prosecutionRows(groups: StatGroup[], groupBy: GroupBy, limit = 25): BarRow[] {
  return ordered(groups.filter((g) => g.prosecutions.count > 0), groupBy, (g) => g.prosecutions.count)
    .slice(0, limit)
    .map((g) => {
      const verdicts = g.verdicts.map((v) => `${v.count} ${v.verdict.toLowerCase()}`).join(', ');
      return {
        key: g.key,
        label: g.label,
        bars: [
          {
            series: 'prosecutions',
            value: g.prosecutions.count,
            text: `${g.prosecutions.count}${verdicts ? ` (${verdicts})` : ''}`,
            ids: g.prosecutions.ids,
            idsComplete: g.prosecutions.idsComplete,
          },
        ],
      };
    });
}

/** The mirror gap of a group: how much more was reported exported than imported (negative: less). */
export const mirrorGap = (g: StatGroup): number => g.exports.kg - g.imports.kg;
