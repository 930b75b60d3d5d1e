/**
 * `touchstone token <name>`: prints a signed bearer token for a user, to paste into the web app
 * or send as `Authorization: Bearer <token>`. Only the token goes to stdout, so scripts can
 * capture it; when it expires goes to stderr.
 */
import {
  DEFAULT_TOKEN_TTL_SECONDS,
  MAX_TOKEN_TTL_SECONDS,
  UserError,
  issueToken,
  loadJwtSecret,
} from '@touchstone/auth';
import type { Command } from 'commander';
import { CliError, parseIntOption } from '../cli-error';
import { withDriver } from '../connect';

export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('print a bearer token for a user (valid 12 hours unless --hours says otherwise)')
    .argument('<name>', 'the user, created with: touchstone user add')
    .option(
      '--hours <n>',
      'hours until the token expires',
      parseIntOption('--hours', 1, MAX_TOKEN_TTL_SECONDS / 3600),
      DEFAULT_TOKEN_TTL_SECONDS / 3600,
    )
    .action((name: string, opts: { hours: number }) =>
      withDriver(async (driver) => {
        try {
          const issued = await issueToken(driver, loadJwtSecret(), name, opts.hours * 3600);
          console.log(issued.token);
          console.error(
            `token for ${issued.name} (${issued.role}), valid until ${issued.expiresAt.toISOString()}`,
          );
        } catch (e) {
          if (e instanceof UserError) throw new CliError(e.message);
          throw e;
        }
      }),
    );
}
