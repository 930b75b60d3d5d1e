/**
 * The parameters box of the Cypher editor: JSON text that must be an object of named values,
 * with a message saying what is wrong and what to write instead.
 */

/** The parameters, or the message explaining why the text is not usable. */
export function parseCypherParams(text: string): { params: Record<string, unknown> } | { error: string } {
  if (!text.trim()) return { params: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { error: `The parameters are not valid JSON (${why}). Write an object such as {"name": "Ana", "limit": 10}.` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: 'The parameters must be a JSON object of named values, such as {"name": "Ana"}; the query reads them as $name.' };
  return { params: value as Record<string, unknown> };
}

/** The `$names` a query uses that the parameters do not give, to warn before running. */
export function missingParams(query: string, params: Record<string, unknown>): string[] {
  // Parameters inside strings and comments are not parameters.
  const code = query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, "''");
  const used = new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  return [...used].filter((name) => !(name in params));
}
