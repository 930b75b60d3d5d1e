/**
 * One line that says what went wrong, for any error a command can meet: the CLI's own errors,
 * import and launcher errors (already worded for users), and Neo4j connection failures.
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as { code?: string }).code;
  if (code === 'ServiceUnavailable') return `cannot reach Neo4j (${e.message.split('\n')[0]}); is it running? try: pnpm touchstone db status`;
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'Neo4j refused the credentials (check NEO4J_USER / NEO4J_PASSWORD)';
  return e.message.split('\n')[0]!;
}
