/**
 * `statistics`: seizures (count, gold kg, value), prosecutions filed, verdicts given, and gold
 * exports and imports (count, fine kg, value), grouped by country, year, route or typology — the
 * national figures the UN resolution asks states to keep. Each figure carries the ids of the
 * records behind it (up to a cap, and says when the list is complete), and only records the
 * viewer may see are counted.
 */
import { toNeo4jInt } from '@touchstone/neo4j';
import { badInput } from '../../errors';
import type { GraphContext } from './graph-context';
import { readRows, type Row } from './read-rows';
import { STATISTICS_TYPOLOGIES, type StatisticsGroupBy } from './statistics-keys';
import { statisticsQuery } from './statistics-queries';
import { checkWindow, windowParams } from './time-window';
import { visible } from './visibility';

export interface StatisticsArgs {
  groupBy: StatisticsGroupBy;
  from?: string | null;
  until?: string | null;
  /** ISO 3166 alpha-2 codes: only records of these countries. */
  countries?: string[] | null;
  /** Commodity of the shipments counted as exports and imports (default GOLD). */
  commodity?: string | null;
  /** Most ids listed per figure (default 200). */
  idsPerFigure?: number | null;
}

/** A count and the records behind it. */
export interface Figure {
  count: number;
  /** Sum of a weight (kg) where the figure has one. */
  kg: number;
  valueUsd: number;
  ids: string[];
  /** False when more records stand behind the figure than `ids` lists. */
  idsComplete: boolean;
}

export interface StatisticsGroup {
  key: string;
  label: string;
  seizures: Figure;
  prosecutions: Figure;
  verdicts: (Figure & { verdict: string })[];
  exports: Figure;
  imports: Figure;
}

export interface Statistics {
  groupBy: StatisticsGroupBy;
  groups: StatisticsGroup[];
  totals: StatisticsGroup;
}

const GROUPINGS: StatisticsGroupBy[] = ['COUNTRY', 'YEAR', 'ROUTE', 'TYPOLOGY'];
const COMMODITIES = ['GOLD', 'MERCURY', 'SILVER', 'CASH'];

const empty = (): Figure => ({ count: 0, kg: 0, valueUsd: 0, ids: [], idsComplete: true });

function add(target: Figure, row: Row, kgColumn: string | null, cap: number): void {
  const count = row.count as number;
  const ids = row.ids as string[];
  target.count += count;
  target.kg += kgColumn ? ((row[kgColumn] as number) ?? 0) : 0;
  target.valueUsd += (row.valueUsd as number) ?? 0;
  target.idsComplete &&= ids.length === count && target.ids.length + ids.length <= cap;
  target.ids.push(...ids.slice(0, Math.max(0, cap - target.ids.length)));
}

const COUNTRY_NAMES = `MATCH (c:Country) WHERE c.iso2 IN $codes AND ${visible('c')} RETURN c.iso2 AS code, min(c.name) AS name`;

/** The statistics, grouped as asked. */
export async function statistics(g: GraphContext, args: StatisticsArgs): Promise<Statistics> {
  if (!GROUPINGS.includes(args.groupBy))
    throw badInput(`groupBy must be one of ${GROUPINGS.join(', ')}.`, { argument: 'groupBy' });
  const window = checkWindow(args.from, args.until);
  const countries = args.countries?.length ? args.countries : null;
  if (
    countries?.some((c) => typeof c !== 'string' || !/^[A-Z]{2}$/.test(c)) ||
    (countries && countries.length > 300)
  ) {
    throw badInput('countries: give ISO 3166 alpha-2 codes such as PE.', { argument: 'countries' });
  }
  const commodity = args.commodity ?? 'GOLD';
  if (!COMMODITIES.includes(commodity))
    throw badInput(`commodity must be one of ${COMMODITIES.join(', ')}.`, { argument: 'commodity' });
  const cap = args.idsPerFigure ?? 200;
  if (!Number.isInteger(cap) || cap < 0 || cap > 5000)
    throw badInput('idsPerFigure must be a whole number from 0 to 5000.', { argument: 'idsPerFigure' });

  const params = { ...windowParams(window), countries, commodity, cap: toNeo4jInt(cap + 1) };
  const run = (kind: Parameters<typeof statisticsQuery>[0]) =>
    readRows(g, statisticsQuery(kind, args.groupBy), params, { timeoutMs: 60_000 });
  const [seizures, prosecutions, verdicts, exports, imports] = await Promise.all([
    run('seizures'),
    run('prosecutions'),
    run('verdicts'),
    run('exports'),
    run('imports'),
  ]);

  const groups = new Map<string, StatisticsGroup>();
  const group = (key: string) => {
    let entry = groups.get(key);
    if (!entry)
      groups.set(
        key,
        (entry = {
          key,
          label: key,
          seizures: empty(),
          prosecutions: empty(),
          verdicts: [],
          exports: empty(),
          imports: empty(),
        }),
      );
    return entry;
  };
  const totals: StatisticsGroup = {
    key: 'TOTAL',
    label: 'All',
    seizures: empty(),
    prosecutions: empty(),
    verdicts: [],
    exports: empty(),
    imports: empty(),
  };
  const verdictOf = (target: StatisticsGroup, verdict: string) => {
    let figure = target.verdicts.find((v) => v.verdict === verdict);
    if (!figure) target.verdicts.push((figure = { verdict, ...empty() }));
    return figure;
  };
  for (const row of seizures.rows)
    for (const t of [group(String(row.key)), totals]) add(t.seizures, row, 'goldKg', cap);
  for (const row of prosecutions.rows)
    for (const t of [group(String(row.key)), totals]) add(t.prosecutions, row, null, cap);
  for (const row of verdicts.rows)
    for (const t of [group(String(row.key)), totals]) add(verdictOf(t, String(row.verdict)), row, null, cap);
  for (const row of exports.rows)
    for (const t of [group(String(row.key)), totals]) add(t.exports, row, 'fineKg', cap);
  for (const row of imports.rows)
    for (const t of [group(String(row.key)), totals]) add(t.imports, row, 'fineKg', cap);

  const list = [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
  if (args.groupBy === 'COUNTRY') {
    const { rows } = await readRows(g, COUNTRY_NAMES, { codes: list.map((x) => x.key) });
    const names = new Map(rows.map((r) => [r.code as string, r.name as string]));
    for (const x of list) x.label = names.get(x.key) ?? x.key;
  } else if (args.groupBy === 'ROUTE') {
    for (const x of list) x.label = x.key === 'NONE' ? 'No shipment' : x.key.split('>').join(' → ');
  } else if (args.groupBy === 'TYPOLOGY') {
    for (const x of list) x.label = STATISTICS_TYPOLOGIES[x.key] ?? x.key;
  }
  for (const x of [...list, totals]) x.verdicts.sort((a, b) => a.verdict.localeCompare(b.verdict));
  return { groupBy: args.groupBy, groups: list, totals };
}
