import { Command } from 'commander';
import { registerTokenCommand } from '../../cli/src/commands/token';
import { registerUserCommand } from '../../cli/src/commands/user';
const program = new Command('touchstone').exitOverride();
registerUserCommand(program);
registerTokenCommand(program);
try {
  await program.parseAsync(process.argv);
} catch (e) {
  console.error('touchstone:', (e as Error).message);
  process.exitCode = 1;
}
