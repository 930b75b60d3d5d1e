#!/usr/bin/env -S npx tsx
/**
 * The `touchstone` command line. Every command has --help; a failure prints one clear line and
 * exits non-zero (the stack trace only with TOUCHSTONE_DEBUG=1).
 */
import { Command, CommanderError } from 'commander';
import { describeError } from './describe-error';
import { registerDbCommand } from './commands/db';
import { registerImportCommand } from './commands/import';
import { registerMigrateCommand } from './commands/migrate';
import { registerQueryCommand } from './commands/query';
import { registerSeedCommand } from './commands/seed';
import { registerStartCommand } from './commands/start';
import { registerTokenCommand } from './commands/token';
import { registerUserCommand } from './commands/user';

const program = new Command('touchstone')
  .description('Touchstone: graph analytics for investigations of the precious-metals trade')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerStartCommand(program);
registerDbCommand(program);
registerMigrateCommand(program);
registerSeedCommand(program);
registerImportCommand(program);
registerQueryCommand(program);
registerUserCommand(program);
registerTokenCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) process.exit(e.exitCode);
  console.error(`touchstone: ${describeError(e)}`);
  if (process.env.TOUCHSTONE_DEBUG) console.error(e);
  process.exit(1);
}
