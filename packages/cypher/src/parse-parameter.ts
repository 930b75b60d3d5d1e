/**
 * Parses one `@param` line of a query header:
 *   `name: type[?] [= default] [[min, max]] -- description`
 * e.g. `minRetention: float = 0.8 [0.5, 1] -- each hop keeps at least this share`. The default is
 * a JSON literal; `?` marks an optional parameter whose default is null.
 */
import {
  isParameterType,
  PARAMETER_TYPES,
  type ParameterValue,
  type QueryParameter,
} from './parameter-types';
import { checkParameterValue } from './check-value';

const HEAD = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([a-z]+(?:\[\])?)(\?)?\s*/;
const BOUNDS = /^\[\s*(-?[\d.eE+-]*)\s*,\s*(-?[\d.eE+-]*)\s*\]\s*/;

/** Splits a JSON literal off the start of `text`: a string, a list or a bare word/number. */
function takeLiteral(text: string): [string, string] {
  if (text.startsWith('"') || text.startsWith('[')) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') {
          inString = false;
          if (depth === 0) return [text.slice(0, i + 1), text.slice(i + 1)];
        }
      } else if (c === '"') inString = true;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) return [text.slice(0, i + 1), text.slice(i + 1)];
    }
    return [text, ''];
  }
  const end = text.search(/\s/);
  return end < 0 ? [text, ''] : [text.slice(0, end), text.slice(end)];
}

function bound(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : NaN;
}

/** The parameter declared by `line`, or the reason it cannot be read. */
export function parseParameter(line: string): QueryParameter | string {
  const head = HEAD.exec(line);
  if (!head) return `"@param ${line}" does not read as "name: type [= default] [[min, max]] -- description"`;
  const [, name, type, optional] = head as unknown as [string, string, string, string | undefined];
  if (!isParameterType(type))
    return `parameter ${name} has unknown type "${type}" (known: ${PARAMETER_TYPES.join(', ')})`;
  let rest = line.slice(head[0].length);

  let fallback: ParameterValue | undefined = optional ? null : undefined;
  if (rest.startsWith('=')) {
    const [literal, after] = takeLiteral(rest.slice(1).trimStart());
    try {
      fallback = JSON.parse(literal) as ParameterValue;
    } catch {
      return `parameter ${name} has a default that is not a JSON value: ${literal}`;
    }
    rest = after.trimStart();
  }

  let min: number | undefined;
  let max: number | undefined;
  const bounds = BOUNDS.exec(rest);
  if (bounds) {
    min = bound(bounds[1]);
    max = bound(bounds[2]);
    if (Number.isNaN(min) || Number.isNaN(max))
      return `parameter ${name} has bounds that are not numbers: ${bounds[0].trim()}`;
    if (min !== undefined && max !== undefined && min > max)
      return `parameter ${name} has its lower bound above its upper bound`;
    rest = rest.slice(bounds[0].length);
  }

  const description = /^--\s*(.+)$/.exec(rest.trim())?.[1]?.trim();
  if (!description) return `parameter ${name} needs a description after "--"`;

  const parameter: QueryParameter = { name, type, description, required: fallback === undefined, min, max };
  if (fallback !== undefined) {
    parameter.default = fallback;
    const problem = fallback === null ? undefined : checkParameterValue(parameter, fallback);
    if (problem) return `parameter ${name} has a default that ${problem}`;
  }
  return parameter;
}
