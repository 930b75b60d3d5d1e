/**
 * How statistics group their records: the Cypher expression of the group key for each kind of
 * record (seizure, prosecution, shipment) and each grouping, and the typologies records are
 * classified into. Expressions are fixed text chosen by an enum, never built from input.
 */
import { PATTERNS } from '@touchstone/domain';
import { visible } from './visibility';

/** Groupings of the statistics. */
export type StatisticsGroupBy = 'COUNTRY' | 'YEAR' | 'ROUTE' | 'TYPOLOGY';

/** Typologies a record can be classified into (modus operandi), with what each means. */
export const STATISTICS_TYPOLOGIES: Record<string, string> = {
  GOLD_COURIER: PATTERNS.GOLD_COURIER,
  GOLD_MERCURY: PATTERNS.GOLD_MERCURY,
  GOLD_SMUGGLING: 'Undeclared or smuggled gold seized without a courier',
  CASH_SMUGGLING: 'Cash moved across a border or seized in transit',
  ILLEGAL_MINING: 'Equipment seized at, or charges of, illegal mining',
  MONEY_LAUNDERING: 'Charges of money laundering',
  DECLARED_SCRAP: 'Gold declared as scrap or recycled material',
  DECLARED_TRADE: 'Gold declared as mined material or bars',
  OTHER: 'Not classified',
};

/** The route of shipment `sh`: origin, transit countries by order, destination (ISO codes joined by ">"). */
export function routeOf(sh: string): string {
  const country = (type: string, fallback: string) =>
    `coalesce(COLLECT { MATCH (${sh})-[rc:${type}]->(c:Country) WHERE ${visible('rc', 'c')} RETURN c.iso2 ORDER BY c.iso2 }[0], ${sh}.${fallback}, '?')`;
  const vias = `COLLECT { MATCH (${sh})-[rv:VIA]->(c:Country) WHERE ${visible('rv', 'c')} RETURN c.iso2 ORDER BY rv.order }`;
  return `${country('FROM_COUNTRY', 'originCountry')} + reduce(r = '', x IN ${vias} | r + '>' + x) + '>' + ${country('TO_COUNTRY', 'destinationCountry')}`;
}

/** The typology of seizure `s`. */
export function seizureTypology(s: string): string {
  const courier =
    `EXISTS { MATCH (${s})-[rz:SEIZED]->(z:Shipment) WHERE z.transportMode = 'HAND_CARRY' AND ${visible('rz', 'z')} } OR ` +
    `EXISTS { MATCH (:Person)-[ri:INVOLVED_IN]->(${s}) WHERE ${visible('ri')} }`;
  return `CASE ${s}.goods WHEN 'CASH' THEN 'CASH_SMUGGLING' WHEN 'MERCURY' THEN 'GOLD_MERCURY' WHEN 'EQUIPMENT' THEN 'ILLEGAL_MINING'
    ELSE CASE WHEN ${courier} THEN 'GOLD_COURIER' ELSE 'GOLD_SMUGGLING' END END`;
}

/** The first seizure (by id) a prosecution `p` arose from, as an expression on it. */
const firstSeizure = (p: string, expression: (s: string) => string) =>
  `COLLECT { MATCH (${p})-[ra:ARISING_FROM]->(s:Seizure) WHERE ${visible('ra', 's')} RETURN ${expression('s')} ORDER BY s.id }[0]`;

function chargesTypology(p: string): string {
  return `CASE WHEN any(c IN coalesce(${p}.charges, []) WHERE toLower(c) CONTAINS 'launder') THEN 'MONEY_LAUNDERING'
    WHEN any(c IN coalesce(${p}.charges, []) WHERE toLower(c) CONTAINS 'mercury') THEN 'GOLD_MERCURY'
    WHEN any(c IN coalesce(${p}.charges, []) WHERE toLower(c) CONTAINS 'mining') THEN 'ILLEGAL_MINING'
    WHEN any(c IN coalesce(${p}.charges, []) WHERE toLower(c) CONTAINS 'smuggl') THEN 'GOLD_SMUGGLING' ELSE 'OTHER' END`;
}

/** Key of a seizure `s`. */
export function seizureKey(groupBy: StatisticsGroupBy): string {
  switch (groupBy) {
    case 'COUNTRY':
      return `coalesce(s.country, '?')`;
    case 'YEAR':
      return 'toString(s.date.year)';
    case 'ROUTE':
      return `coalesce(COLLECT { MATCH (s)-[rs:SEIZED]->(sh:Shipment) WHERE ${visible('rs', 'sh')} RETURN ${routeOf('sh')} ORDER BY sh.id }[0], 'NONE')`;
    case 'TYPOLOGY':
      return seizureTypology('s');
  }
}

/** Key of a prosecution `p`; `dated` is the date property years are taken from. */
export function prosecutionKey(groupBy: StatisticsGroupBy, dated: 'filedDate' | 'verdictDate'): string {
  switch (groupBy) {
    case 'COUNTRY':
      return `coalesce(p.country, '?')`;
    case 'YEAR':
      return `toString(p.${dated}.year)`;
    case 'ROUTE':
      return `coalesce(${firstSeizure('p', (s) => `COLLECT { MATCH (${s})-[rs:SEIZED]->(sh:Shipment) WHERE ${visible('rs', 'sh')} RETURN ${routeOf('sh')} ORDER BY sh.id }[0]`)}, 'NONE')`;
    case 'TYPOLOGY':
      return `coalesce(${firstSeizure('p', seizureTypology)}, ${chargesTypology('p')})`;
  }
}

/** Key of a shipment `sh` seen as an export (by origin) or an import (by destination). */
export function shipmentKey(groupBy: StatisticsGroupBy, side: 'export' | 'import'): string {
  switch (groupBy) {
    case 'COUNTRY':
      return side === 'export' ? 'origin' : 'destination';
    case 'YEAR':
      return 'toString(sh.date.year)';
    case 'ROUTE':
      return routeOf('sh');
    case 'TYPOLOGY':
      return `CASE WHEN sh.transportMode = 'HAND_CARRY' OR EXISTS { MATCH (sh)-[rc:CARRIED_BY]->(:Person) WHERE ${visible('rc')} } THEN 'GOLD_COURIER'
        WHEN sh.commodity = 'MERCURY' THEN 'GOLD_MERCURY' WHEN sh.materialType IN ['SCRAP', 'RECYCLED'] THEN 'DECLARED_SCRAP' ELSE 'DECLARED_TRADE' END`;
  }
}
