/** Text and attribute values made safe for XML: the five special characters and control codes. */

// Characters XML 1.0 cannot hold at all (not even escaped).
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A property value as one line of text: lists joined, objects as JSON. */
export function flatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(flatValue).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The XML type of a property from its values: numbers, true/false, or text. */
export function valueType(values: unknown[]): 'double' | 'boolean' | 'string' {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length && present.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double';
  if (present.length && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

/** The names of the properties found on any item, sorted. */
export function propertyNames(items: Iterable<Record<string, unknown>>): string[] {
  const names = new Set<string>();
  for (const properties of items) for (const k of Object.keys(properties)) names.add(k);
  return [...names].sort();
}

/** `#rgb`, `#rrggbb` or `#rrggbbaa` as numbers (grey when not hexadecimal). */
export function rgbOf(colour: string): { r: number; g: number; b: number; a: number } {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(colour)?.[1] ?? '';
  const full = hex.length === 3 || hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  if (full.length !== 6 && full.length !== 8) return { r: 136, g: 136, b: 136, a: 1 };
  const part = (i: number) => parseInt(full.slice(i, i + 2), 16);
  return { r: part(0), g: part(2), b: part(4), a: full.length === 8 ? Math.round((part(6) / 255) * 100) / 100 : 1 };
}
