/**
 * A small declarative checker for JSON documents (the link chart's): objects with required and
 * optional keys and no others, bounded lists, strings and numbers, enumerations and records.
 * It reports every problem with its path, so a client can fix a document in one round.
 */

/** The shape a JSON value must have. */
export type Shape =
  | { kind: 'string'; min?: number; max: number; pattern?: RegExp }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly (string | number)[] }
  | { kind: 'scalar'; maxString: number }
  | { kind: 'list'; max: number; item: Shape }
  | { kind: 'tuple'; items: readonly Shape[] }
  | { kind: 'record'; max: number; value: Shape }
  | { kind: 'object'; fields: Readonly<Record<string, Shape>>; optional?: Readonly<Record<string, Shape>> };

/** One problem found. */
export interface ShapeProblem {
  path: string;
  reason: string;
}

const MAX_PROBLEMS = 20;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Problems of `value` against `shape` (at most 20; empty when it fits). */
export function validateShape(value: unknown, shape: Shape, path = '$'): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  check(value, shape, path, problems);
  return problems.slice(0, MAX_PROBLEMS);
}

function check(v: unknown, shape: Shape, path: string, out: ShapeProblem[]): void {
  if (out.length >= MAX_PROBLEMS) return;
  const fail = (reason: string) => out.push({ path, reason });
  switch (shape.kind) {
    case 'string':
      if (typeof v !== 'string') return void fail('must be text');
      if (v.length > shape.max) return void fail(`must be at most ${shape.max} characters`);
      if (shape.min !== undefined && v.length < shape.min)
        return void fail(`must be at least ${shape.min} characters`);
      if (shape.pattern && !shape.pattern.test(v)) return void fail('is not in the expected form');
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) return void fail('must be a number');
      if (v < shape.min || v > shape.max) return void fail(`must be between ${shape.min} and ${shape.max}`);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') fail('must be true or false');
      return;
    case 'enum':
      if (!shape.values.includes(v as string | number)) fail(`must be one of ${shape.values.join(', ')}`);
      return;
    case 'scalar':
      if (
        typeof v === 'string'
          ? v.length > shape.maxString
          : !(typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || v === null)
      ) {
        fail(`must be a number, true/false, null or text of at most ${shape.maxString} characters`);
      }
      return;
    case 'list':
      if (!Array.isArray(v)) return void fail('must be a list');
      if (v.length > shape.max) return void fail(`may hold at most ${shape.max} items`);
      v.forEach((item, i) => check(item, shape.item, `${path}.${i}`, out));
      return;
    case 'tuple':
      if (!Array.isArray(v) || v.length !== shape.items.length)
        return void fail(`must be a list of ${shape.items.length} items`);
      shape.items.forEach((s, i) => check(v[i], s, `${path}.${i}`, out));
      return;
    case 'record':
      if (!isPlainObject(v)) return void fail('must be an object');
      if (Object.keys(v).length > shape.max) return void fail(`may hold at most ${shape.max} entries`);
      for (const [k, item] of Object.entries(v)) {
        if (k.length > 200) fail(`has a key longer than 200 characters`);
        else check(item, shape.value, `${path}.${k}`, out);
      }
      return;
    case 'object': {
      if (!isPlainObject(v)) return void fail('must be an object');
      for (const [k, s] of Object.entries(shape.fields)) {
        if (v[k] === undefined || v[k] === null) out.push({ path: `${path}.${k}`, reason: 'is required' });
        else check(v[k], s, `${path}.${k}`, out);
      }
      for (const [k, item] of Object.entries(v)) {
        if (Object.hasOwn(shape.fields, k)) continue;
        const s = shape.optional?.[k];
        if (!s) out.push({ path: `${path}.${k.slice(0, 60)}`, reason: 'is not a known property' });
        else if (item !== null && item !== undefined) check(item, s, `${path}.${k}`, out);
      }
      return;
    }
  }
}
