/**
 * Runs the reads of one operation in a single read transaction: an expansion or a path search
 * makes several queries, and each transaction of its own costs a session, a BEGIN and a COMMIT
 * round trip. Inside `work`, every `readRows(g, …)` with the context it is given joins that
 * transaction; the timeout given here applies to the whole, and reads inside cannot set their own.
 */
import type { GraphContext } from './graph-context';

/** Runs `work` with a context whose reads share one read transaction. */
export async function inOneRead<T>(
  g: GraphContext,
  work: (g: GraphContext) => Promise<T>,
  timeoutMs = 30_000,
): Promise<T> {
  if (g.tx) return work(g);
  const session = g.driver.session({ database: g.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => work({ ...g, tx }), { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}
