/**
 * Drawing on the map: the projection fitted to the view, pan and zoom as a transform
 * (screen = projected × k + (x, y)), shipment routes as curved segments and their width by weight.
 */
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export interface MapTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: MapTransform = { k: 1, x: 0, y: 0 };
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 60;

/** The whole world fitted into width × height. */
export function worldProjection(width: number, height: number): GeoProjection {
  return geoNaturalEarth1().fitExtent(
    [
      [8, 8],
      [Math.max(16, width - 8), Math.max(16, height - 8)],
    ],
    { type: 'Sphere' },
  );
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Zoomed by `factor` around the screen point (px, py), which stays where it is. */
export function zoomAt(t: MapTransform, factor: number, px: number, py: number): MapTransform {
  const k = clamp(t.k * factor, MIN_ZOOM, MAX_ZOOM);
  const ratio = k / t.k;
  return { k, x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio };
}

/** The transform that shows the projected box [[x0, y0], [x1, y1]] in width × height, with a margin. */
export function fitBox(box: readonly [readonly [number, number], readonly [number, number]], width: number, height: number, margin = 40, maxZoom = 8): MapTransform {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const k = clamp(Math.min((width - 2 * margin) / w, (height - 2 * margin) / h), MIN_ZOOM, maxZoom);
  return { k, x: width / 2 - ((x0 + x1) / 2) * k, y: height / 2 - ((y0 + y1) / 2) * k };
}

/** A screen point of a projected point. */
export const apply = (t: MapTransform, p: readonly [number, number]): [number, number] => [p[0] * t.k + t.x, p[1] * t.k + t.y];

/** The control point bending the segment a → b to its left by `bend` of its length. */
export function controlPoint(a: readonly [number, number], b: readonly [number, number], bend = 0.22): [number, number] {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  return [(a[0] + b[0]) / 2 + dy * bend, (a[1] + b[1]) / 2 - dx * bend];
}

/** An SVG path through `points` as a chain of curves. */
export function curvedPath(points: readonly (readonly [number, number])[]): string {
  if (points.length === 0) return '';
  let d = `M${points[0]![0].toFixed(1)},${points[0]![1].toFixed(1)}`;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const c = controlPoint(a, b);
    d += ` Q${c[0].toFixed(1)},${c[1].toFixed(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)}`;
  }
  return d;
}

/** An arrowhead (SVG polygon points), `size` px long, halfway along the last curve of `points`, pointing on. */
export function arrowHead(points: readonly (readonly [number, number])[], size: number): string {
  if (points.length < 2) return '';
  const a = points.at(-2)!;
  const b = points.at(-1)!;
  const c = controlPoint(a, b);
  // Halfway along a quadratic curve is ¼a + ½c + ¼b, where it heads from a towards b.
  const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
  const tip = [0.25 * a[0] + 0.5 * c[0] + 0.25 * b[0] + (size / 2) * Math.cos(angle), 0.25 * a[1] + 0.5 * c[1] + 0.25 * b[1] + (size / 2) * Math.sin(angle)];
  const left = [tip[0]! - size * Math.cos(angle - 0.45), tip[1]! - size * Math.sin(angle - 0.45)];
  const right = [tip[0]! - size * Math.cos(angle + 0.45), tip[1]! - size * Math.sin(angle + 0.45)];
  return [tip, left, right].map((p) => `${p[0]!.toFixed(1)},${p[1]!.toFixed(1)}`).join(' ');
}

/** Route width on screen (px) by the fine gold it carried. */
export const routeWidth = (fineKg: number): number => Math.min(12, 1.5 + Math.sqrt(Math.max(0, fineKg)) / 2.5);

/**
 * Screen points with markers that would cover each other (several entities at one address, at
 * one mine, or placed at their country) moved apart onto a small ring around where they stand,
 * so each can be seen and clicked. Points that round to the same `within`-px grid cell are
 * spread; two close points either side of a cell's edge are not. (Grouping by cell keeps a dense
 * region from chaining into one ring across the map.)
 */
export function spreadOverlapping(points: readonly (readonly [number, number])[], within = 8, spacing = 12): [number, number][] {
  const out = points.map((p) => [p[0], p[1]] as [number, number]);
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const cell = `${Math.round(p[0] / within)},${Math.round(p[1] / within)}`;
    const group = groups.get(cell);
    if (group) group.push(i);
    else groups.set(cell, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const cx = members.reduce((s, i) => s + points[i]![0], 0) / members.length;
    const cy = members.reduce((s, i) => s + points[i]![1], 0) / members.length;
    // A ring whose circumference leaves `spacing` px between neighbours.
    const radius = Math.max(spacing, (members.length * spacing) / (2 * Math.PI));
    members.forEach((i, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / members.length;
      out[i] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
    });
  }
  return out;
}
