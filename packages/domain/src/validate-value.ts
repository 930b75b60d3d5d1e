/**
 * Checks one property value against its field spec and says what is wrong in words a user can
 * act on. Absent values (undefined or null) are only an error for required fields.
 */
import type { FieldSpec } from './fields';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** True when `s` is an ISO 8601 date-time with a time zone. */
export function isIsoDateTime(s: string): boolean {
  return DATETIME.test(s) && isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s));
}

function checkString(v: unknown, spec: FieldSpec): string | undefined {
  if (typeof v !== 'string') return `must be text, got ${describe(v)}`;
  if (spec.maxLength !== undefined && v.length > spec.maxLength) return `is longer than ${spec.maxLength} characters`;
  if (spec.pattern && !spec.pattern.test(v)) return `"${clip(v)}" is not in the expected form`;
  return undefined;
}

function checkNumber(v: unknown, spec: FieldSpec, integer: boolean): string | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return `must be a number, got ${describe(v)}`;
  if (integer && !Number.isInteger(v)) return `must be a whole number, got ${v}`;
  if (spec.min !== undefined && v < spec.min) return `must be at least ${spec.min}, got ${v}`;
  if (spec.max !== undefined && v > spec.max) return `must be at most ${spec.max}, got ${v}`;
  return undefined;
}

function checkEnum(v: unknown, spec: FieldSpec): string | undefined {
  if (typeof v !== 'string' || !spec.values?.includes(v)) return `must be one of ${spec.values?.join(', ')}, got ${describe(v)}`;
  return undefined;
}

function checkList(v: unknown, each: (item: unknown) => string | undefined): string | undefined {
  if (!Array.isArray(v)) return `must be a list, got ${describe(v)}`;
  for (let i = 0; i < v.length; i++) {
    const problem = each(v[i]);
    if (problem) return `item ${i + 1} ${problem}`;
  }
  return undefined;
}

function checkPoint(v: unknown): string | undefined {
  const p = v as { latitude?: unknown; longitude?: unknown } | null;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) return 'must be {latitude, longitude}';
  const extra = Object.keys(p).filter((k) => k !== 'latitude' && k !== 'longitude');
  if (extra.length) return `has unknown key ${extra[0]}`;
  if (typeof p.latitude !== 'number' || p.latitude < -90 || p.latitude > 90) return 'latitude must be between -90 and 90';
  if (typeof p.longitude !== 'number' || p.longitude < -180 || p.longitude > 180) return 'longitude must be between -180 and 180';
  return undefined;
}

/** What is wrong with `v` for the field, or undefined when it is acceptable. */
export function checkValue(v: unknown, spec: FieldSpec): string | undefined {
  if (v === undefined || v === null) return spec.required ? 'is required' : undefined;
  switch (spec.kind) {
    case 'string':
      return checkString(v, spec);
    case 'integer':
      return checkNumber(v, spec, true);
    case 'number':
      return checkNumber(v, spec, false);
    case 'boolean':
      return typeof v === 'boolean' ? undefined : `must be true or false, got ${describe(v)}`;
    case 'date':
      return typeof v === 'string' && isIsoDate(v) ? undefined : `must be a date YYYY-MM-DD, got ${describe(v)}`;
    case 'datetime':
      return typeof v === 'string' && isIsoDateTime(v)
        ? undefined
        : `must be a date-time like 2024-03-01T14:00:00Z, got ${describe(v)}`;
    case 'point':
      return checkPoint(v);
    case 'enum':
      return checkEnum(v, spec);
    case 'strings':
      return checkList(v, (item) => checkString(item, spec));
    case 'numbers':
      return checkList(v, (item) => checkNumber(item, spec, false));
    case 'enums':
      return checkList(v, (item) => checkEnum(item, spec));
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function describe(v: unknown): string {
  if (typeof v === 'string') return `"${clip(v)}"`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
}
