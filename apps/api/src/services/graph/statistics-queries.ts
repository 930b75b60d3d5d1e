/**
 * The aggregate queries behind `statistics`: seizures, prosecutions filed, verdicts given, and
 * shipments as exports and imports, each grouped by a key expression (statistics-keys.ts) and
 * carrying the ids of the records behind each figure (capped). Cached per grouping.
 */
import { prosecutionKey, seizureKey, shipmentKey, type StatisticsGroupBy } from './statistics-keys';
import { visible } from './visibility';

const cache = new Map<string, string>();

const country = (sh: string, type: string, fallback: string) =>
  `coalesce(COLLECT { MATCH (${sh})-[rc:${type}]->(c:Country) WHERE ${visible('rc', 'c')} RETURN c.iso2 ORDER BY c.iso2 }[0], ${sh}.${fallback})`;

function build(
  kind: 'seizures' | 'prosecutions' | 'verdicts' | 'exports' | 'imports',
  groupBy: StatisticsGroupBy,
): string {
  switch (kind) {
    case 'seizures':
      return `
MATCH (s:Seizure) WHERE ${visible('s')}
  AND ($fromDate IS NULL OR s.date >= $fromDate) AND ($untilDate IS NULL OR s.date <= $untilDate)
  AND ($countries IS NULL OR s.country IN $countries)
WITH ${seizureKey(groupBy)} AS key, s
RETURN key, count(s) AS count, sum(CASE WHEN s.goods = 'GOLD' THEN coalesce(s.weightKg, 0) ELSE 0 END) AS goldKg,
       sum(coalesce(s.valueUsd, 0)) AS valueUsd, collect(s.id)[..$cap] AS ids`;
    case 'prosecutions':
    case 'verdicts': {
      const dated = kind === 'prosecutions' ? 'filedDate' : 'verdictDate';
      return `
MATCH (p:Prosecution) WHERE ${visible('p')} AND p.${dated} IS NOT NULL
  ${kind === 'verdicts' ? "AND p.verdict IS NOT NULL AND p.verdict <> 'PENDING'" : ''}
  AND ($fromDate IS NULL OR p.${dated} >= $fromDate) AND ($untilDate IS NULL OR p.${dated} <= $untilDate)
  AND ($countries IS NULL OR p.country IN $countries)
WITH ${prosecutionKey(groupBy, dated)} AS key, ${kind === 'verdicts' ? 'p.verdict' : "'ALL'"} AS verdict, p
RETURN key, verdict, count(p) AS count, sum(coalesce(p.confiscationUsd, 0)) AS valueUsd, collect(p.id)[..$cap] AS ids`;
    }
    default: {
      const side = kind === 'exports' ? 'export' : 'import';
      return `
MATCH (sh:Shipment) WHERE ${visible('sh')} AND ($commodity IS NULL OR sh.commodity = $commodity)
  AND ($fromDate IS NULL OR sh.date >= $fromDate) AND ($untilDate IS NULL OR sh.date <= $untilDate)
WITH sh, ${country('sh', 'FROM_COUNTRY', 'originCountry')} AS origin, ${country('sh', 'TO_COUNTRY', 'destinationCountry')} AS destination
WHERE $countries IS NULL OR ${side === 'export' ? 'origin' : 'destination'} IN $countries
WITH ${shipmentKey(groupBy, side)} AS key, sh
RETURN key, count(sh) AS count, sum(coalesce(sh.fineKg, sh.grossWeightKg * coalesce(sh.fineness, 1), 0)) AS fineKg,
       sum(coalesce(sh.declaredValueUsd, 0)) AS valueUsd, collect(sh.id)[..$cap] AS ids`;
    }
  }
}

/** The aggregate query of one kind of record for a grouping. */
export function statisticsQuery(
  kind: 'seizures' | 'prosecutions' | 'verdicts' | 'exports' | 'imports',
  groupBy: StatisticsGroupBy,
): string {
  const key = `${kind}|${groupBy}`;
  let cypher = cache.get(key);
  if (!cypher) cache.set(key, (cypher = build(kind, groupBy)));
  return cypher;
}
