/**
 * Reads ad-hoc Cypher text the way the guard needs it: with comments and string literals blanked
 * and quoted identifiers replaced by a neutral name, so keywords inside strings or backticks
 * cannot hide or fake a clause. Lengths are kept, so positions still match the original.
 */

/** The query with comments, strings and `quoted` identifiers neutralised; null if one is unclosed. */
export function neutralise(query: string): string | null {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end === -1 ? query.length : end;
      out += ' '.repeat(stop - i);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      if (end === -1) return null;
      out += ' '.repeat(end + 2 - i);
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < query.length && query[j] !== c) j += query[j] === '\\' ? 2 : 1;
      if (j >= query.length) return null;
      out += `${c}${' '.repeat(j - i - 1)}${c}`;
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      while (j < query.length && !(query[j] === '`' && query[j + 1] !== '`')) j += query[j] === '`' ? 2 : 1;
      if (j >= query.length) return null;
      const name = 'q'.repeat(Math.max(1, j - i + 1));
      out += name;
      i = j + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Names called like functions or procedures with a namespace: `db.labels(`, `apoc.x.y(`. */
export function namespacedCalls(text: string): string[] {
  const names: string[] = [];
  const re = /(?<![\w$.])([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)+)\s*\(/g;
  for (let m = re.exec(text); m; m = re.exec(text)) names.push(m[1]!.replace(/\s+/g, ''));
  return names;
}

/** Procedure names after `CALL` (subqueries `CALL {` and `CALL (x) {` are not procedures). */
export function calledProcedures(text: string): string[] {
  const names: string[] = [];
  const re = /\bCALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) names.push(m[1]!.replace(/\s+/g, ''));
  return names;
}
