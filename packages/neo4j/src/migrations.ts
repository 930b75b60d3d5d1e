// Applies the schema migrations and records each file as (:Migration {name, checksum, appliedAt}).
// A file already recorded with the same checksum is skipped; a changed one runs again (its
// statements are idempotent). Ends by waiting until every index is ONLINE and by rebuilding stale
// money flows, so callers can query.
import type { Driver } from 'neo4j-driver';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jAccessError } from './errors';
import { readMigrationFiles } from './migration-files';
import { refreshMoneyFlows } from './money-flows';
import { readQuery, writeQuery } from './query';
import { toNeo4jInt } from './to-plain';

/** The repository's `cypher/schema/` folder. */
export const defaultSchemaDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'cypher',
  'schema',
);

export interface ApplyMigrationsOptions {
  database?: string;
  /** How long to wait for indexes to come ONLINE (default 300 s). */
  awaitIndexesSeconds?: number;
}

export interface MigrationSummary {
  /** Files run for the first time. */
  applied: string[];
  /** Files recorded before with another checksum, run again. */
  reapplied: string[];
  /** Files recorded with the same checksum, skipped. */
  unchanged: string[];
  /** Statements executed. */
  statements: number;
}

export async function applyMigrations(
  driver: Driver,
  dir: string = defaultSchemaDir,
  options: ApplyMigrationsOptions = {},
): Promise<MigrationSummary> {
  if (!existsSync(dir)) throw new Neo4jAccessError(`no migrations folder at ${dir}`);
  const files = readMigrationFiles(dir);
  const queryOptions = { database: options.database };
  const recorded = await readQuery<{ name: string; checksum: string }>(
    driver,
    'MATCH (m:Migration) RETURN m.name AS name, m.checksum AS checksum',
    {},
    queryOptions,
  );
  const known = new Map(recorded.map((row) => [row.name, row.checksum]));
  const summary: MigrationSummary = { applied: [], reapplied: [], unchanged: [], statements: 0 };

  for (const file of files) {
    if (known.get(file.name) === file.checksum) {
      summary.unchanged.push(file.name);
      continue;
    }
    for (const [index, statement] of file.statements.entries()) {
      try {
        // Schema changes may not share a transaction with data writes: one transaction each.
        await writeQuery(driver, statement, {}, queryOptions);
      } catch (error) {
        const reason = (error as Error).message.split('\n')[0];
        throw new Neo4jAccessError(`migration ${file.name}, statement ${index + 1}, failed: ${reason}`, {
          cause: error,
        });
      }
      summary.statements += 1;
    }
    await writeQuery(
      driver,
      'MERGE (m:Migration {name: $name}) SET m.checksum = $checksum, m.appliedAt = datetime()',
      { name: file.name, checksum: file.checksum },
      queryOptions,
    );
    (known.has(file.name) ? summary.reapplied : summary.applied).push(file.name);
  }

  await readQuery(
    driver,
    'CALL db.awaitIndexes($seconds)',
    { seconds: toNeo4jInt(options.awaitIndexesSeconds ?? 300) },
    queryOptions,
  );
  // Derived data left stale by a migration or by an interrupted write is rebuilt before use.
  await refreshMoneyFlows(driver, { database: options.database });
  return summary;
}
