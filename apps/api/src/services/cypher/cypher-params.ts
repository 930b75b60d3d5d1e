/**
 * Parameters of an ad-hoc query: a JSON object with simple names, whose whole numbers are sent
 * as Cypher integers (a JS number would arrive as a float, and `LIMIT $n` would then fail).
 */
import neo4j from 'neo4j-driver';
import { badInput } from '../../errors';

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_PARAMS = 50;

function convert(value: unknown, depth: number): unknown {
  if (depth > 10) throw badInput('params are nested too deeply (at most 10 levels).', { field: 'params' });
  if (typeof value === 'number')
    return Number.isInteger(value) && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map((v) => convert(v, depth + 1));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, depth + 1)]));
  return value;
}

/** The driver parameters for a query's `params` argument. */
export function toCypherParams(params: unknown): Record<string, unknown> {
  if (params === null || params === undefined) return {};
  if (typeof params !== 'object' || Array.isArray(params))
    throw badInput('params must be a JSON object of parameter names to values.', { field: 'params' });
  const entries = Object.entries(params);
  if (entries.length > MAX_PARAMS)
    throw badInput(`params may hold at most ${MAX_PARAMS} parameters.`, { field: 'params' });
  const bad = entries.find(([k]) => !NAME.test(k));
  if (bad) throw badInput(`"${bad[0].slice(0, 40)}" is not a valid parameter name.`, { field: 'params' });
  return Object.fromEntries(entries.map(([k, v]) => [k, convert(v, 1)]));
}
