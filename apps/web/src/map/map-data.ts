/**
 * What the map shows of the chart: entities with a location as markers, entities known only by
 * their country at that country's point (marked approximate), and shipments as routes from the
 * origin country through their transit countries to the destination, one route per itinerary.
 */
import type { ChartGraph, ChartNodeAttributes } from '../chart/chart-graph';
import { entityStyle } from '../chart/entity-styles';
import { inTimeRange } from '../timeline/time-items';
import { countryPoint } from './world';

export interface MapMarker {
  key: string;
  label: string;
  entityType: string;
  color: string;
  /** [longitude, latitude] */
  point: readonly [number, number];
  /** Placed at its country's point, not at a known location. */
  approximate: boolean;
}

export interface MapRoute {
  /** The itinerary: alpha-2 codes, origin first. */
  countries: string[];
  points: (readonly [number, number])[];
  shipments: string[];
  fineKg: number;
}

export interface MapData {
  markers: MapMarker[];
  routes: MapRoute[];
  /** Countries that something on the map is in, to shade them. */
  countries: Set<string>;
}

/** A location property as the API sends it: {latitude, longitude} (or x/y of a point). */
export function locationOf(properties: Record<string, unknown>): readonly [number, number] | null {
  const loc = properties.location as Record<string, unknown> | null | undefined;
  if (!loc || typeof loc !== 'object') return null;
  const lat = typeof loc.latitude === 'number' ? loc.latitude : loc.y;
  const lon = typeof loc.longitude === 'number' ? loc.longitude : loc.x;
  if (typeof lat !== 'number' || typeof lon !== 'number' || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lon, lat];
}

const code = (value: unknown): string | null => (typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null);

/** The alpha-2 code of a Country node. */
export const isoOfCountry = (a: ChartNodeAttributes): string | null =>
  a.entityType === 'Country' ? (code(a.properties.iso2) ?? code(a.properties.isoCode) ?? code(a.properties.code)) : null;

/** The country an entity is in: its own code, or a link to a Country node on the chart. */
function countryOf(graph: ChartGraph, key: string, a: ChartNodeAttributes): string | null {
  const own = isoOfCountry(a) ?? code(a.properties.country) ?? code(a.properties.jurisdiction);
  if (own) return own;
  for (const edge of graph.outEdges(key)) {
    const linkType = graph.getEdgeAttribute(edge, 'linkType');
    if (linkType !== 'LOCATED_IN' && linkType !== 'INCORPORATED_IN') continue;
    const iso = isoOfCountry(graph.getNodeAttributes(graph.target(edge)));
    if (iso) return iso;
  }
  return null;
}

/** The countries of a shipment's links of one type, in the order the links give. */
function linkedCountries(graph: ChartGraph, shipment: string, linkType: string): string[] {
  return graph
    .outEdges(shipment)
    .filter((e) => graph.getEdgeAttribute(e, 'linkType') === linkType)
    .map((e) => ({ order: Number(graph.getEdgeAttribute(e, 'properties').order ?? 0), iso: isoOfCountry(graph.getNodeAttributes(graph.target(e))) }))
    .filter((x): x is { order: number; iso: string } => x.iso !== null)
    .sort((a, b) => a.order - b.order)
    .map((x) => x.iso);
}

/** The itinerary of a shipment: origin, transit countries, destination (consecutive repeats dropped). */
export function itineraryOf(graph: ChartGraph, shipment: string): string[] {
  const p = graph.getNodeAttribute(shipment, 'properties');
  const origin = linkedCountries(graph, shipment, 'FROM_COUNTRY')[0] ?? code(p.originCountry);
  const destination = linkedCountries(graph, shipment, 'TO_COUNTRY')[0] ?? code(p.destinationCountry);
  const via = linkedCountries(graph, shipment, 'VIA');
  const path = [origin, ...via, destination].filter((c): c is string => c !== null);
  return path.filter((c, i) => i === 0 || c !== path[i - 1]);
}

/** Fine gold in a shipment, in kg (0 when not declared). */
export function fineKgOf(p: Record<string, unknown>): number {
  if (typeof p.fineKg === 'number') return p.fineKg;
  if (typeof p.grossWeightKg === 'number' && typeof p.fineness === 'number') return p.grossWeightKg * p.fineness;
  return 0;
}

/** The markers and routes of what is visible on the chart within the time filter. */
export function mapData(graph: ChartGraph, timeRange: readonly [number, number] | null): MapData {
  const markers: MapMarker[] = [];
  const byCountry = new Map<string, { key: string; a: ChartNodeAttributes }[]>();
  const routes = new Map<string, MapRoute>();
  const countries = new Set<string>();

  graph.forEachNode((key, a) => {
    if (a.hidden || !inTimeRange(a, timeRange)) return;
    const color = entityStyle(a.entityType).color;
    if (a.entityType === 'Shipment') {
      const itinerary = itineraryOf(graph, key);
      const points = itinerary.map(countryPoint);
      if (itinerary.length >= 2 && points.every((pt) => pt !== null)) {
        const id = itinerary.join('>');
        const route = routes.get(id) ?? { countries: itinerary, points: points as (readonly [number, number])[], shipments: [], fineKg: 0 };
        route.shipments.push(key);
        route.fineKg += fineKgOf(a.properties);
        routes.set(id, route);
        itinerary.forEach((c) => countries.add(c));
        return;
      }
    }
    const point = locationOf(a.properties);
    if (point) {
      markers.push({ key, label: a.label, entityType: a.entityType, color, point, approximate: false });
      const iso = countryOf(graph, key, a);
      if (iso) countries.add(iso);
      return;
    }
    const iso = countryOf(graph, key, a);
    if (!iso || !countryPoint(iso)) return;
    const group = byCountry.get(iso) ?? [];
    group.push({ key, a });
    byCountry.set(iso, group);
    countries.add(iso);
  });

  for (const [iso, group] of byCountry) {
    const [lon, lat] = countryPoint(iso)!;
    // The Country itself sits on the point; the others spiral around it so none hides another.
    group.sort((x, y) => Number(y.a.entityType === 'Country') - Number(x.a.entityType === 'Country'));
    const start = group[0]!.a.entityType === 'Country' ? 0 : 1;
    group.forEach(({ key, a }, i) => {
      const n = i + start;
      const r = n === 0 ? 0 : 0.9 * Math.sqrt(n);
      const angle = n * 2.399963;
      markers.push({
        key,
        label: a.label,
        entityType: a.entityType,
        color: entityStyle(a.entityType).color,
        point: [lon + r * Math.cos(angle), lat + r * Math.sin(angle)],
        approximate: a.entityType !== 'Country',
      });
    });
  }
  return { markers, routes: [...routes.values()], countries };
}
