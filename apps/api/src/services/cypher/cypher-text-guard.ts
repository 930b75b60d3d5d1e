/**
 * First line of defence for ad-hoc Cypher, on the text alone: one statement, no prefixes that
 * change how it runs, no clause that writes, loads files or commits in batches, and only
 * allow-listed procedures and function namespaces. The EXPLAIN plan check that follows is the
 * authority; this check gives a clear message early and catches what a plan does not name.
 */
import { forbidden, badInput } from '../../errors';
import { calledProcedures, namespacedCalls, neutralise } from './cypher-text';

/** Longest ad-hoc query accepted. */
export const MAX_QUERY_LENGTH = 10_000;

/** Procedures an analyst may call: read-only, returning entity nodes or schema names only. */
export const ALLOWED_PROCEDURES = new Set([
  'db.index.fulltext.queryNodes',
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
]);

/** Namespaces of built-in functions (anything else, such as apoc.*, may run arbitrary code). */
export const ALLOWED_FUNCTION_NAMESPACES = new Set([
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector',
]);

const WRITE_KEYWORDS =
  /(?<![\w$.:`])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|ALTER|GRANT|DENY|REVOKE|TERMINATE|RENAME|ENABLE|DEALLOCATE|REALLOCATE)(?![\w$])/i;

/** Checks the text of a query; throws FORBIDDEN or BAD_USER_INPUT with a reason. */
export function checkCypherText(query: string): void {
  if (typeof query !== 'string' || query.trim() === '')
    throw badInput('query must not be empty.', { field: 'query' });
  if (query.length > MAX_QUERY_LENGTH)
    throw badInput(`query must be at most ${MAX_QUERY_LENGTH} characters.`, { field: 'query' });
  if (query.includes('\u0000')) throw badInput('query must not contain NUL characters.', { field: 'query' });
  const text = neutralise(query);
  if (text === null)
    throw badInput('query has an unclosed string, comment or quoted name.', { field: 'query' });
  const body = text.trim().replace(/;\s*$/, '');
  if (body.includes(';')) throw badInput('Send one statement at a time (no ";").', { field: 'query' });
  const deny = (what: string) => forbidden(`Ad-hoc Cypher is read-only: ${what} is not allowed.`);
  if (/^(EXPLAIN|PROFILE)\b/i.test(body))
    throw badInput('Leave out EXPLAIN and PROFILE; the server plans the query itself.', { field: 'query' });
  if (/^CYPHER\b/i.test(body)) throw deny('a CYPHER prefix');
  if (/(?<![\w$.:`])USE\s+[\w`$]/i.test(body)) throw deny('USE (choosing a database)');
  if (/\bLOAD\s+CSV\b/i.test(body)) throw deny('LOAD CSV');
  if (/\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i.test(body)) throw deny('CALL { … } IN TRANSACTIONS');
  if (/^\s*(SHOW|START|STOP)\b/i.test(body)) throw deny('an administration command');
  const write = WRITE_KEYWORDS.exec(body);
  if (write) throw deny(`${write[1]!.toUpperCase()}`);
  for (const name of calledProcedures(body)) {
    if (!ALLOWED_PROCEDURES.has(name))
      throw deny(`the procedure ${name} (allowed: ${[...ALLOWED_PROCEDURES].join(', ')})`);
  }
  for (const name of namespacedCalls(body)) {
    if (ALLOWED_PROCEDURES.has(name)) continue;
    const namespace = name.slice(0, name.indexOf('.')).toLowerCase();
    if (!ALLOWED_FUNCTION_NAMESPACES.has(namespace)) throw deny(`the function ${name}`);
  }
}
