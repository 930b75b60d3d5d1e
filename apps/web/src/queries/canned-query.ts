/**
 * The canned queries as the API describes them, and how the panel lists them: grouped by area
 * in a fixed order (money, corporate, gold, balance, assets, then any other), narrowed by a
 * filter that matches title, name, pattern code and description.
 */
import type { ApiGraph } from '../graphql/types';

/** A declared parameter: type, default and bounds (of the value for numbers, of the length for text and lists). */
export interface CannedQueryParameter {
  name: string;
  type: string;
  description: string;
  required: boolean;
  default: unknown;
  min: number | null;
  max: number | null;
}

export interface CannedQuery {
  name: string;
  area: string;
  title: string;
  description: string;
  pattern: string | null;
  patternDescription: string | null;
  source: string;
  returns: string;
  cypher: string;
  parameters: CannedQueryParameter[];
}

export interface CannedQueryResult {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
  params: Record<string, unknown>;
  graph: ApiGraph;
}

/** Areas in the order an investigator meets them, with a heading each. */
export const AREAS: readonly [string, string][] = [
  ['money', 'Money laundering'],
  ['corporate', 'Companies and ownership'],
  ['gold', 'Gold red flags'],
  ['balance', 'Mass balance'],
  ['assets', 'Asset tracing'],
];

/** The heading of an area (its name when the app does not know it). */
export const areaTitle = (area: string): string => AREAS.find(([a]) => a === area)?.[1] ?? area;

/** The queries matching `filter` (every word somewhere in them), grouped by area in order. */
export function groupQueries(queries: readonly CannedQuery[], filter: string): { area: string; queries: CannedQuery[] }[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = queries.filter((q) => {
    const text = [q.name, q.title, q.pattern ?? '', q.description, q.area].join(' ').toLowerCase();
    return words.every((w) => text.includes(w));
  });
  const known = AREAS.map(([a]) => a);
  const areas = [...new Set(matching.map((q) => q.area))].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib) || a.localeCompare(b);
  });
  return areas.map((area) => ({
    area,
    queries: matching.filter((q) => q.area === area).sort((a, b) => a.title.localeCompare(b.title)),
  }));
}
