/**
 * Loads the query library: every `<area>/<name>.cypher` under the library folder (the repository's
 * `cypher/`, schema migrations excepted). A library with any bad file does not load at all: the
 * error lists every problem of every file, so a broken query is caught at start-up, not at use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseQueryFile, type CannedQuery } from './parse-query-file';

/** Folders of the library that hold something other than canned queries. */
const NOT_QUERIES = new Set(['schema']);

/** A library that cannot be loaded, with every problem found. */
export class CypherLibraryError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `@touchstone/cypher: the query library has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
    );
    this.name = 'CypherLibraryError';
  }
}

/** The repository's `cypher/` folder. */
export const DEFAULT_LIBRARY_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));

/** The loaded library: queries by name, in area then name order. */
export interface CypherLibrary {
  readonly queries: readonly CannedQuery[];
  get(name: string): CannedQuery | undefined;
}

/** Loads every query under `dir`; throws CypherLibraryError when any file is faulty. */
export function loadLibrary(dir: string = DEFAULT_LIBRARY_DIR): CypherLibrary {
  const problems: string[] = [];
  const queries: CannedQuery[] = [];
  const areas = readdirSync(dir)
    .filter((a) => !NOT_QUERIES.has(a) && statSync(join(dir, a)).isDirectory())
    .sort();
  for (const area of areas) {
    for (const file of readdirSync(join(dir, area))
      .filter((f) => f.endsWith('.cypher'))
      .sort()) {
      const relative = `${area}/${file}`;
      const parsed = parseQueryFile(readFileSync(join(dir, area, file), 'utf8'), relative);
      problems.push(...parsed.problems.map((p) => `${relative}: ${p}`));
      if (!parsed.query) continue;
      const twin = queries.find((q) => q.name === parsed.query!.name);
      if (twin) problems.push(`${relative}: the name ${twin.name} is also used in ${twin.area}/`);
      else queries.push(parsed.query);
    }
  }
  if (problems.length) throw new CypherLibraryError(problems);
  const byName = new Map(queries.map((q) => [q.name, q]));
  return { queries, get: (name) => byName.get(name) };
}

let cached: CypherLibrary | undefined;

/** The repository's library, loaded once. */
export function defaultLibrary(): CypherLibrary {
  cached ??= loadLibrary();
  return cached;
}
