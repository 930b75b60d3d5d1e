/**
 * Lexical scans of a query body: the `$parameters` it uses and the clauses that would write. Both
 * look at code only — comments, string literals and back-quoted names are blanked out first — so a
 * `$` in a string or the word "create" in a comment does not count.
 */

/** The body with comments, strings and back-quoted names replaced by spaces (offsets kept). */
export function codeOnly(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    const next = body[i + 1];
    let end = i + 1;
    if (c === '/' && next === '/') {
      end = body.indexOf('\n', i);
      if (end < 0) end = body.length;
    } else if (c === '/' && next === '*') {
      end = body.indexOf('*/', i + 2);
      end = end < 0 ? body.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      end = i + 1;
      while (end < body.length && body[end] !== c) end += body[end] === '\\' && c !== '`' ? 2 : 1;
      end = Math.min(end + 1, body.length);
    } else {
      out += c;
      i++;
      continue;
    }
    out += body.slice(i, end).replace(/[^\n]/g, ' ');
    i = end;
  }
  return out;
}

/** Names of the `$parameters` used in the body, in order of first use. */
export function usedParameters(body: string): string[] {
  const names = new Set<string>();
  for (const match of codeOnly(body).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1]!);
  return [...names];
}

const WRITES =
  /(?<![.\w$])(CREATE|MERGE|DELETE|DETACH|REMOVE|SET|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS|ALTER|GRANT|DENY|REVOKE)(?![\w])/gi;
const PROCEDURE = /(?<![.\w$])CALL\s+([A-Za-z_][\w.]*)\s*\(/gi;
/** Procedures a library query may call: read-only, no side effects. */
const READ_PROCEDURES = new Set([
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
  'db.labels',
  'db.relationshiptypes',
]);

/** Clauses or procedure calls in the body that a read-only library must not hold. */
export function writeClauses(body: string): string[] {
  const code = codeOnly(body);
  const found = [...code.matchAll(WRITES)].map((m) => m[1]!.replace(/\s+/g, ' ').toUpperCase());
  for (const m of code.matchAll(PROCEDURE))
    if (!READ_PROCEDURES.has(m[1]!.toLowerCase())) found.push(`CALL ${m[1]}`);
  return [...new Set(found)];
}
