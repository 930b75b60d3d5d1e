/**
 * Reads one `.cypher` file of the library: its comment header (name, title, description,
 * pattern, source, parameters, returns) and its body, and checks that the parameters declared are
 * exactly those used. Every problem is reported, not only the first.
 */
import { PATTERN_CODES, type PatternCode } from '@touchstone/domain';
import { parseParameter } from './parse-parameter';
import { REQUIRED_SYSTEM_PARAMETERS, SYSTEM_PARAMETERS, type QueryParameter } from './parameter-types';
import { usedParameters, writeClauses } from './scan-cypher';

/** One query of the library. */
export interface CannedQuery {
  /** Unique name, the file name without `.cypher`, e.g. `money-cycle`. */
  name: string;
  /** The folder it lives in, e.g. `money`. */
  area: string;
  title: string;
  description: string;
  /** The typology or red flag it answers, when it answers one. */
  pattern: PatternCode | null;
  /** Where the pattern and its defaults come from. */
  source: string;
  parameters: QueryParameter[];
  /** What each row holds. */
  returns: string;
  /** The Cypher to run (the whole file: header comments are harmless). */
  cypher: string;
}

const TAGS = ['name', 'title', 'description', 'pattern', 'source', 'param', 'returns'] as const;
type Tag = (typeof TAGS)[number];
const REQUIRED_TAGS: readonly Tag[] = ['name', 'title', 'description', 'source', 'returns'];

/** The tagged header lines, continuation lines joined to the tag above them. */
function headerEntries(text: string): { entries: [Tag, string][]; bodyStart: number; problems: string[] } {
  const lines = text.split('\n');
  const entries: [Tag, string][] = [];
  const problems: string[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('//')) break;
    const content = line.slice(2).trim();
    const tagged = /^@([a-z]+)\s*(.*)$/.exec(content);
    if (tagged) {
      const tag = tagged[1] as Tag;
      if (!TAGS.includes(tag)) problems.push(`unknown header tag @${tagged[1]}`);
      else entries.push([tag, tagged[2]!.trim()]);
    } else if (entries.length) {
      const last = entries[entries.length - 1]!;
      last[1] = content ? `${last[1]} ${content}`.trim() : `${last[1]}\n`;
    }
  }
  const bodyStart = lines.slice(0, i).join('\n').length;
  return { entries: entries.map(([t, v]) => [t, v.trim()]), bodyStart, problems };
}

/** Parses a query file; `file` is `<area>/<name>.cypher` and is used in messages and names. */
export function parseQueryFile(text: string, file: string): { query?: CannedQuery; problems: string[] } {
  const { entries, bodyStart, problems } = headerEntries(text.replace(/\r\n/g, '\n'));
  const one = (tag: Tag) => {
    const values = entries.filter(([t]) => t === tag).map(([, v]) => v);
    if (values.length > 1) problems.push(`@${tag} is given ${values.length} times`);
    return values[0];
  };
  for (const tag of REQUIRED_TAGS) if (!one(tag)) problems.push(`the header lacks @${tag}`);

  const [area, base] = file.replace(/\\/g, '/').split('/').slice(-2) as [string, string];
  const name = one('name') ?? '';
  if (name && `${name}.cypher` !== base) problems.push(`@name ${name} does not match the file name ${base}`);
  if (name && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) problems.push(`@name ${name} must be kebab-case`);

  const patternText = one('pattern');
  const pattern =
    patternText && PATTERN_CODES.includes(patternText as PatternCode) ? (patternText as PatternCode) : null;
  if (patternText && !pattern) problems.push(`@pattern ${patternText} is not a pattern code of the domain`);

  const parameters: QueryParameter[] = [];
  for (const [, line] of entries.filter(([t]) => t === 'param')) {
    const parsed = parseParameter(line);
    if (typeof parsed === 'string') problems.push(parsed);
    else if (parameters.some((p) => p.name === parsed.name))
      problems.push(`parameter ${parsed.name} is declared twice`);
    else if ((SYSTEM_PARAMETERS as readonly string[]).includes(parsed.name)) {
      problems.push(`parameter ${parsed.name} is supplied by the API and must not be declared`);
    } else parameters.push(parsed);
  }

  const body = text.slice(bodyStart);
  if (!body.trim()) problems.push('the file has a header but no query');
  const used = usedParameters(body);
  for (const p of used) {
    if (!parameters.some((d) => d.name === p) && !(SYSTEM_PARAMETERS as readonly string[]).includes(p)) {
      problems.push(`$${p} is used but not declared`);
    }
  }
  for (const p of parameters)
    if (!used.includes(p.name)) problems.push(`parameter ${p.name} is declared but not used`);
  for (const p of REQUIRED_SYSTEM_PARAMETERS) {
    if (!used.includes(p)) problems.push(`the query must filter what it returns by case with $${p}`);
  }
  const writes = writeClauses(body);
  if (writes.length) problems.push(`the library is read-only, but the query holds ${writes.join(', ')}`);

  if (problems.length) return { problems };
  return {
    problems,
    query: {
      name,
      area,
      title: one('title')!,
      description: one('description')!,
      pattern,
      source: one('source')!,
      parameters,
      returns: one('returns')!,
      cypher: text,
    },
  };
}
