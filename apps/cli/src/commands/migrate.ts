/**
 * `touchstone migrate`: applies the schema migrations in cypher/schema (idempotent).
 */
import { applyMigrations, defaultSchemaDir, type MigrationSummary } from '@touchstone/neo4j';
import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { withDriver } from '../connect';

/** Applies the project's schema migrations and prints what was done. */
export async function migrate(driver: Driver): Promise<void> {
  const summary = await applyMigrations(driver, defaultSchemaDir);
  console.log(describe(summary));
}

function describe(summary: MigrationSummary): string {
  const changed = [...summary.applied, ...summary.reapplied];
  if (changed.length === 0) return `schema up to date (${summary.unchanged.length} migration files already applied)`;
  return `schema migrated: ${changed.join(', ')} applied (${summary.statements} statements); ${summary.unchanged.length} unchanged`;
}

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply the schema migrations in cypher/schema (constraints and indexes; safe to run again)')
    .action(() => withDriver(migrate));
}
