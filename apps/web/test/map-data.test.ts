import { describe, expect, it } from 'vitest';
import { createChartGraph } from '../src/chart/chart-graph';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import type { ApiEdge, ApiGraph } from '../src/graphql/types';
import { arrowHead, curvedPath, fitBox, routeWidth, spreadOverlapping, zoomAt } from '../src/map/geometry';
import { itineraryOf, locationOf, mapData } from '../src/map/map-data';
import { countryFeature, countryPoint } from '../src/map/world';

const node = (key: string, type: string, properties: Record<string, unknown> = {}) => ({
  key,
  attributes: { label: key, type, types: [type], caseId: null, properties },
});
const link = (key: string, source: string, target: string, type: string, properties: Record<string, unknown> = {}): ApiEdge => ({
  key,
  source,
  target,
  attributes: { type, label: type, caseId: null, properties, provenance: null, money: null },
});

function chart(nodes: ApiGraph['nodes'], edges: ApiEdge[] = []) {
  const graph = createChartGraph();
  mergeApiGraph(graph, { attributes: { kind: 'test', truncated: false }, nodes, edges });
  return graph;
}

describe('countries on the bundled map', () => {
  it('finds outlines by ISO alpha-2 code and places a country on its main landmass', () => {
    expect(countryFeature('PE')?.properties.name).toBe('Peru');
    expect(countryFeature('ae')?.properties.name).toBe('United Arab Emirates');
    const [lon, lat] = countryPoint('FR')!;
    // Metropolitan France, not a point dragged towards French Guiana.
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
    expect(lat).toBeLessThan(51);
    const [usLon, usLat] = countryPoint('US')!;
    expect(usLon).toBeGreaterThan(-110);
    expect(usLat).toBeLessThan(45);
  });

  it('knows the small hubs that the 1:110m outlines leave out, and nothing for an unknown code', () => {
    expect(countryFeature('HK')).toBeUndefined();
    expect(countryPoint('HK')).toEqual([114.17, 22.32]);
    expect(countryPoint('CW')).toEqual([-68.93, 12.11]);
    expect(countryPoint('QQ')).toBeNull();
  });
});

describe('what the map shows of the chart', () => {
  it('reads a location as the API sends it', () => {
    expect(locationOf({ location: { latitude: -12.03, longitude: -77.12 } })).toEqual([-77.12, -12.03]);
    expect(locationOf({ location: { latitude: 120, longitude: 0 } })).toBeNull();
    expect(locationOf({})).toBeNull();
  });

  it('draws located entities where they are and the rest at their country, the Country itself on the point', () => {
    const graph = chart([
      node('mine', 'Mine', { location: { latitude: -13.19, longitude: -69.76 }, country: 'PE' }),
      node('ch', 'Country', { iso2: 'CH', name: 'Switzerland' }),
      node('refiner', 'Refinery', { country: 'CH' }),
      node('company', 'Company'),
      node('person', 'Person'),
    ], [link('inc', 'company', 'ch', 'INCORPORATED_IN')]);
    const { markers, countries } = mapData(graph, null);
    const byKey = new Map(markers.map((m) => [m.key, m]));
    expect([...byKey.keys()].sort()).toEqual(['ch', 'company', 'mine', 'refiner']);
    expect(byKey.get('mine')).toMatchObject({ point: [-69.76, -13.19], approximate: false, color: '#9c755f' });
    expect(byKey.get('ch')).toMatchObject({ point: countryPoint('CH'), approximate: false });
    expect(byKey.get('refiner')!.approximate).toBe(true);
    expect(byKey.get('refiner')!.point).not.toEqual(byKey.get('company')!.point);
    expect([...countries].sort()).toEqual(['CH', 'PE']);
  });

  it('follows a shipment from origin through its transit countries, in order, to its destination', () => {
    const graph = chart(
      [
        node('s1', 'Shipment', { fineKg: 30, originCountry: 'PE', destinationCountry: 'CH' }),
        node('pe', 'Country', { iso2: 'PE' }),
        node('ae', 'Country', { iso2: 'AE' }),
        node('pa', 'Country', { iso2: 'PA' }),
        node('ch', 'Country', { iso2: 'CH' }),
      ],
      [
        link('from', 's1', 'pe', 'FROM_COUNTRY'),
        link('via2', 's1', 'ae', 'VIA', { order: 2 }),
        link('via1', 's1', 'pa', 'VIA', { order: 1 }),
        link('to', 's1', 'ch', 'TO_COUNTRY'),
      ],
    );
    expect(itineraryOf(graph, 's1')).toEqual(['PE', 'PA', 'AE', 'CH']);
  });

  it('uses the declared countries when the links are not on the chart, and merges shipments on one itinerary', () => {
    const graph = chart([
      node('s1', 'Shipment', { fineKg: 30, originCountry: 'PE', destinationCountry: 'AE', date: '2020-01-10' }),
      node('s2', 'Shipment', { grossWeightKg: 20, fineness: 0.5, originCountry: 'PE', destinationCountry: 'AE', date: '2021-05-01' }),
      node('s3', 'Shipment', { fineKg: 5, originCountry: 'GH', destinationCountry: 'HK', date: '2021-05-02' }),
    ]);
    const { routes, markers } = mapData(graph, null);
    expect(markers).toHaveLength(0);
    expect(routes.map((r) => [r.countries.join('>'), r.shipments.sort().join(','), r.fineKg])).toEqual([
      ['PE>AE', 's1,s2', 40],
      ['GH>HK', 's3', 5],
    ]);
    // The time filter applies to the map too.
    const later = mapData(graph, [Date.parse('2021-01-01'), Date.parse('2021-12-31')]);
    expect(later.routes.map((r) => [r.countries.join('>'), r.fineKg])).toEqual([
      ['PE>AE', 10],
      ['GH>HK', 5],
    ]);
  });
});

describe('drawing the map', () => {
  it('zooms around the pointer, which stays put', () => {
    const t = zoomAt({ k: 2, x: 10, y: 20 }, 2, 300, 200);
    expect(t.k).toBe(4);
    // The map point under (300, 200) before is still under it after.
    const before = [(300 - 10) / 2, (200 - 20) / 2];
    expect(before[0]! * t.k + t.x).toBeCloseTo(300);
    expect(before[1]! * t.k + t.y).toBeCloseTo(200);
    expect(zoomAt({ k: 1, x: 0, y: 0 }, 0.1, 0, 0).k).toBe(1);
  });

  it('fits a box in the view, centred', () => {
    const t = fitBox([[100, 100], [200, 150]], 600, 400, 50, 10);
    expect(t.k).toBe(5);
    expect(150 * t.k + t.x).toBe(300);
    expect(125 * t.k + t.y).toBe(200);
  });

  it('curves routes, points an arrowhead at the destination and widens with weight', () => {
    expect(curvedPath([[0, 0], [100, 0]])).toBe('M0.0,0.0 Q50.0,-22.0 100.0,0.0');
    // Halfway along the curve (its control point is at (50, -22)), pointing from origin to destination.
    expect(arrowHead([[0, 0], [100, 0]], 10).split(' ')).toEqual(['55.0,-11.0', `${(55 - 10 * Math.cos(0.45)).toFixed(1)},${(-11 + 10 * Math.sin(0.45)).toFixed(1)}`, `${(55 - 10 * Math.cos(0.45)).toFixed(1)},${(-11 - 10 * Math.sin(0.45)).toFixed(1)}`]);
    expect(routeWidth(100)).toBeGreaterThan(routeWidth(10));
    expect(routeWidth(1e6)).toBe(12);
  });
});

describe('markers in one place', () => {
  it('are moved apart onto a ring around where they stand; markers elsewhere stay put', () => {
    const spread = spreadOverlapping([
      [100, 100],
      [101, 100],
      [100, 101],
      [300, 50],
    ]);
    expect(spread[3]).toEqual([300, 50]);
    const ring = spread.slice(0, 3);
    const centre = [(100 + 101 + 100) / 3, (100 + 100 + 101) / 3];
    for (const [x, y] of ring) expect(Math.hypot(x - centre[0]!, y - centre[1]!)).toBeCloseTo(12, 5);
    for (let i = 0; i < ring.length; i++)
      for (let j = i + 1; j < ring.length; j++)
        expect(Math.hypot(ring[i]![0] - ring[j]![0], ring[i]![1] - ring[j]![1])).toBeGreaterThan(11);
  });

  it('grows the ring with the crowd so neighbours keep their distance', () => {
    const crowd = Array.from({ length: 30 }, () => [50, 50] as [number, number]);
    const spread = spreadOverlapping(crowd);
    const gap = Math.hypot(spread[0]![0] - spread[1]![0], spread[0]![1] - spread[1]![1]);
    expect(gap).toBeGreaterThan(11.5);
  });
});
