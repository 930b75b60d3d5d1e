/**
 * The world map bundled with the app (world-atlas, Natural Earth 1:110m): country outlines as
 * GeoJSON, and the point that stands for a country — the centre of its largest landmass, so
 * France is not placed at sea between Europe and Guiana — when an entity has no location.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import countries110m from 'world-atlas/countries-110m.json';
import { NUMERIC_OF, SMALL_PLACES } from './country-codes';

export type CountryFeature = Feature<Geometry, { name: string }>;

let cached: CountryFeature[] | null = null;

/** The country outlines (computed once). */
export function countryFeatures(): CountryFeature[] {
  if (!cached) {
    // The JSON's literal type is too wide for the TopoJSON types: name what it is.
    const topology = countries110m as unknown as Parameters<typeof feature>[0];
    const collection = feature(topology, topology.objects.countries!) as FeatureCollection<Geometry, { name: string }>;
    cached = collection.features;
  }
  return cached;
}

const byNumeric = (): Map<string, CountryFeature> => new Map(countryFeatures().map((f) => [String(f.id), f]));
let numericIndex: Map<string, CountryFeature> | null = null;

/** The outline of a country by its alpha-2 code, if the map has it. */
export function countryFeature(iso2: string): CountryFeature | undefined {
  numericIndex ??= byNumeric();
  const numeric = NUMERIC_OF.get(iso2.toUpperCase());
  return numeric ? numericIndex.get(numeric) : undefined;
}

function largestPolygon(geometry: Polygon | MultiPolygon): Polygon {
  if (geometry.type === 'Polygon') return geometry;
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

const points = new Map<string, readonly [number, number] | null>();

/** [longitude, latitude] standing for a country, or null for a code the map does not know. */
export function countryPoint(iso2: string): readonly [number, number] | null {
  const code = iso2.toUpperCase();
  if (points.has(code)) return points.get(code)!;
  const f = countryFeature(code);
  let point: readonly [number, number] | null = SMALL_PLACES[code] ?? null;
  if (f && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
    const [lon, lat] = geoCentroid(largestPolygon(f.geometry));
    point = [lon, lat];
  }
  points.set(code, point);
  return point;
}
