import { Command } from 'commander';
import { registerQueryCommand } from '../../apps/cli/src/commands/query';
import { describeError } from '../../apps/cli/src/describe-error';
const program = new Command('touchstone').exitOverride();
registerQueryCommand(program);
try { await program.parseAsync(process.argv); } catch (e) { if ((e as { exitCode?: number }).exitCode !== undefined && (e as Error).name === 'CommanderError') process.exit((e as { exitCode: number }).exitCode); console.error(`touchstone: ${describeError(e)}`); process.exit(1); }
