// Empties the database for tests, in batches so a large graph does not need one huge transaction.
// The one exception to "managed transactions only": `CALL { … } IN TRANSACTIONS` commits its own
// inner transactions and is refused inside executeWrite, so it runs as an auto-commit query.
import type { Driver } from 'neo4j-driver';
import { defaultDatabase } from './connection';
import { toNeo4jInt } from './to-plain';

export interface ClearDatabaseOptions {
  database?: string;
  /** Nodes deleted per inner transaction (default 10,000). */
  batchSize?: number;
}

/** Deletes every node and relationship; constraints and indexes stay. */
export async function clearDatabase(driver: Driver, options: ClearDatabaseOptions = {}): Promise<void> {
  const session = driver.session({
    database: options.database ?? defaultDatabase(),
    defaultAccessMode: 'WRITE',
  });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS', {
      batch: toNeo4jInt(options.batchSize ?? 10_000),
    });
  } finally {
    await session.close();
  }
}
