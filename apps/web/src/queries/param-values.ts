/**
 * A canned query's form as text: the initial text of each field (its default, or for entity
 * ids the matching entity selected on the chart), and the parsing of the fields back into typed
 * parameters, with messages that name the parameter and the bound it breaks.
 */
import type { CannedQueryParameter } from './canned-query';

/** What the user typed, by parameter name ('true'/'false' for booleans, comma-separated lists). */
export type ParamTexts = Record<string, string>;

/** A selected entity, for pre-filling id parameters. */
export interface SelectedEntity {
  key: string;
  entityType: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const isList = (type: string) => type.endsWith('[]');

/** The selected entities that suit an id parameter: `personId` prefers people, `accountId` accounts. */
export function entitiesFor(param: CannedQueryParameter, selected: readonly SelectedEntity[]): SelectedEntity[] {
  const hint = param.name.replace(/Ids?$/, '').toLowerCase();
  const suited = selected.filter((e) => hint && e.entityType.toLowerCase().includes(hint));
  return suited.length ? suited : [...selected];
}

/** The text a field starts with. */
export function initialText(param: CannedQueryParameter, selected: readonly SelectedEntity[] = []): string {
  if ((param.type === 'id' || param.type === 'id[]') && param.default == null && selected.length) {
    const entities = entitiesFor(param, selected);
    return param.type === 'id' ? entities[0]!.key : entities.map((e) => e.key).join(', ');
  }
  const value = param.default;
  if (value === null || value === undefined) return param.type === 'boolean' ? 'false' : '';
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

/** The initial texts of every field. */
export const initialTexts = (params: readonly CannedQueryParameter[], selected: readonly SelectedEntity[] = []): ParamTexts =>
  Object.fromEntries(params.map((p) => [p.name, initialText(p, selected)]));

function checkBounds(p: CannedQueryParameter, size: number, what: 'value' | 'length' | 'items'): string | null {
  const [verb, unit] = what === 'value' ? ['be', ''] : what === 'length' ? ['have', ' characters'] : ['list', ' items'];
  if (p.min !== null && size < p.min) return `${p.name} must ${verb} at least ${p.min}${unit}.`;
  if (p.max !== null && size > p.max) return `${p.name} must ${verb} at most ${p.max}${unit}.`;
  return null;
}

/** One field's value, or the message saying what is wrong with it; undefined = left empty. */
export function parseParam(p: CannedQueryParameter, text: string): { value?: unknown; error?: string } {
  const raw = text.trim();
  if (raw === '' && p.type !== 'boolean') return p.required ? { error: `${p.name} is required (${p.description}).` } : {};
  const fail = (error: string) => ({ error });
  const bounded = (value: unknown, size: number, what: 'value' | 'length' | 'items') => {
    const error = checkBounds(p, size, what);
    return error ? { error } : { value };
  };
  if (isList(p.type)) {
    const items = raw.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
    return bounded(items, items.length, 'items');
  }
  switch (p.type) {
    case 'integer': {
      if (!/^[-+]?\d+$/.test(raw)) return fail(`${p.name} must be a whole number, not "${raw}".`);
      const n = Number(raw);
      return bounded(n, n, 'value');
    }
    case 'float': {
      const n = Number(raw);
      if (!Number.isFinite(n)) return fail(`${p.name} must be a number, not "${raw}".`);
      return bounded(n, n, 'value');
    }
    case 'boolean':
      if (raw !== 'true' && raw !== 'false') return fail(`${p.name} must be true or false.`);
      return { value: raw === 'true' };
    case 'date':
      if (!DATE.test(raw) || Number.isNaN(Date.parse(raw))) return fail(`${p.name} must be a date written 2024-01-31, not "${raw}".`);
      return { value: raw };
    case 'datetime': {
      const text = DATE.test(raw) ? `${raw}T00:00:00Z` : raw.replace(' ', 'T');
      const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`;
      if (!DATETIME.test(zoned) || Number.isNaN(Date.parse(zoned)))
        return fail(`${p.name} must be a date and time written 2024-01-31T08:00:00Z, not "${raw}".`);
      return { value: zoned };
    }
    default:
      return bounded(raw, raw.length, 'length');
  }
}

/** The typed parameters of a form, or the messages of the fields that are wrong (by name). */
export function parseParams(params: readonly CannedQueryParameter[], texts: ParamTexts): { values: Record<string, unknown>; errors: Record<string, string> } {
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of params) {
    const result = parseParam(p, texts[p.name] ?? '');
    if (result.error) errors[p.name] = result.error;
    else if (result.value !== undefined) values[p.name] = result.value;
  }
  return { values, errors };
}

/** A hint beside a field: its type and bounds in words. */
export function boundsHint(p: CannedQueryParameter): string {
  const range =
    p.min !== null && p.max !== null ? `${p.min}–${p.max}` : p.min !== null ? `≥ ${p.min}` : p.max !== null ? `≤ ${p.max}` : '';
  const of = p.type === 'integer' || p.type === 'float' ? '' : isList(p.type) ? ' items' : p.type === 'string' || p.type === 'id' ? ' characters' : '';
  return [p.type === 'datetime' ? 'datetime, UTC' : p.type, range && `${range}${of}`].filter(Boolean).join(', ');
}
