/**
 * Reads a parameter value typed on a command line (`k=v`) according to the parameter's declared
 * type: numbers and booleans parsed, lists split on commas (or given as JSON), text kept as is.
 * The result is then checked by `resolveParameters` like any other caller's value.
 */
import type { QueryParameter } from '@touchstone/cypher';
import { DetectionError } from './detection-error';

/** The value `text` stands for, for parameter `p`. */
export function parameterFromText(p: QueryParameter, text: string): unknown {
  const t = text.trim();
  switch (p.type) {
    case 'integer':
    case 'float': {
      const n = Number(t.replace(/_/g, ''));
      return t === '' || Number.isNaN(n) ? t : n;
    }
    case 'boolean':
      if (/^(true|yes|1)$/i.test(t)) return true;
      if (/^(false|no|0)$/i.test(t)) return false;
      return t;
    case 'string[]':
    case 'id[]':
      if (t.startsWith('[')) {
        try {
          return JSON.parse(t) as unknown;
        } catch {
          throw new DetectionError(
            `${p.name} must be a JSON list or comma-separated values, got ${t.slice(0, 40)}`,
          );
        }
      }
      return t === '' ? [] : t.split(',').map((x) => x.trim());
    default:
      return text;
  }
}

/** Parses `k=v` pairs against a query's parameters; unknown names are kept for the checker to refuse. */
export function parametersFromText(
  parameters: readonly QueryParameter[],
  pairs: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new DetectionError(`--param takes name=value, got "${pair.slice(0, 60)}"`);
    const name = pair.slice(0, at).trim();
    const p = parameters.find((x) => x.name === name);
    out[name] = p ? parameterFromText(p, pair.slice(at + 1)) : pair.slice(at + 1);
  }
  return out;
}
