/**
 * `touchstone user add|list|disable|enable|role`: local administration of the workbench's users
 * (stored in Neo4j). Users sign in to the web app with a password (`user password`); scripts use
 * bearer tokens printed by `touchstone token <name>`.
 */
import {
  ROLES,
  UserError,
  addUser,
  generatePassword,
  isRole,
  listUsers,
  setUserDisabled,
  setUserPassword,
  setUserRole,
  type Role,
} from '@touchstone/auth';
import type { Command } from 'commander';
import { CliError } from '../cli-error';
import { withDriver } from '../connect';

function parseRole(value: string): Role {
  if (!isRole(value)) throw new CliError(`--role must be one of ${ROLES.join(', ')}, got "${value}"`);
  return value;
}

/** All of standard input, without its final line break. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Runs a user-store call, turning its refusals into one-line CLI errors. */
async function run<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError) throw new CliError(e.message);
    throw e;
  }
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('manage the users who may sign in to the API');

  user
    .command('add')
    .description('create a user')
    .argument('<name>', 'user name: lower-case letters, digits, ".", "_" or "-"')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
    .action((name: string, opts: { role: Role }) =>
      withDriver(async (driver) => {
        const created = await run(() => addUser(driver, name, opts.role));
        console.log(
          `created user ${created.name} (${created.role}); get a token with: pnpm touchstone token ${created.name}`,
        );
      }),
    );

  user
    .command('list')
    .description('list users, their roles and whether they are disabled')
    .action(() =>
      withDriver(async (driver) => {
        const users = await listUsers(driver);
        if (users.length === 0)
          console.log('no users yet; add one with: pnpm touchstone user add <name> --role <role>');
        for (const u of users)
          console.log(`${u.name.padEnd(24)} ${u.role.padEnd(13)} ${u.disabled ? 'disabled' : 'active'}`);
      }),
    );

  for (const [command, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(command)
      .description(
        disabled
          ? 'disable a user: their tokens are refused from the next request on'
          : 'enable a disabled user again',
      )
      .argument('<name>')
      .action((name: string) =>
        withDriver(async (driver) => {
          const u = await run(() => setUserDisabled(driver, name, disabled));
          console.log(`user ${u.name} is now ${u.disabled ? 'disabled' : 'active'}`);
        }),
      );
  }

  user
    .command('role')
    .description("change a user's role (takes effect on their next request)")
    .argument('<name>')
    .argument('<role>', `one of ${ROLES.join(', ')}`)
    .action((name: string, role: string) =>
      withDriver(async (driver) => {
        const u = await run(() => setUserRole(driver, name, parseRole(role)));
        console.log(`user ${u.name} is now ${u.role}`);
      }),
    );

  user
    .command('password')
    .description('set the password a user signs in to the web app with (a generated one unless --stdin)')
    .argument('<name>')
    .option('--stdin', 'read the password from standard input instead of generating one')
    .action((name: string, opts: { stdin?: boolean }) =>
      withDriver(async (driver) => {
        const password = opts.stdin ? await readStdin() : generatePassword();
        await run(() => setUserPassword(driver, name, password));
        console.log(opts.stdin ? `password of ${name} set` : `password of ${name} set to: ${password}`);
      }),
    );
}
