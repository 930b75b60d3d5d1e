import { createServer, type Server } from 'node:net';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../src/cli-error';
import { registerStartCommand } from '../src/commands/start';

let busy: Server | undefined;
afterEach(() => busy?.close());

describe('start', () => {
  it('refuses a port already in use before preparing anything, saying how to go on', async () => {
    busy = createServer();
    const port = await new Promise<number>((resolve) =>
      busy!.listen({ port: 0, host: '127.0.0.1' }, () => resolve((busy!.address() as { port: number }).port)),
    );
    const program = new Command('touchstone').exitOverride();
    registerStartCommand(program);
    const started = Date.now();
    const run = program.parseAsync(['node', 'touchstone', 'start', '--port', String(port)]);
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toThrow(`port ${port} is already in use (is the workbench already running?)`);
    await expect(run).rejects.toThrow('--port');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
