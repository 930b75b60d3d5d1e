/**
 * `touchstone start`: everything a newcomer needs in one command — the embedded Neo4j (unless
 * NEO4J_URI is set), the schema, the demo investigation (loaded once), then the workbench server.
 * Ctrl-C stops the server and the database this command started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';
import { developmentUsersHint, ensureDevelopmentUsers } from '@touchstone/auth';
import { findRepoRoot, isPortFree, localDbStart, localDbStatus, localDbStop } from '@touchstone/local-neo4j';
import { connectionFromEnv, createDriver } from '@touchstone/neo4j';
import type { Command } from 'commander';
import { CliError, parseIntOption } from '../cli-error';
import { resolveConnection } from '../connect';
import { datasetDir, ensureDataset, isImported } from '../demo-dataset';
import { prepare } from './db';
import { migrate } from './migrate';
import { seedDemo } from './seed';
import { ensureWebBuild } from '../web-build';

const DEMO = { seed: 42, scale: 1 };

async function loadDemoIfMissing(): Promise<void> {
  const manifest = await ensureDataset(datasetDir(DEMO.seed, DEMO.scale), DEMO.seed, DEMO.scale);
  const driver = createDriver(await resolveConnection());
  try {
    await migrate(driver);
    for (const line of developmentUsersHint(await ensureDevelopmentUsers(driver))) console.log(line);
    if (await isImported(driver, manifest)) {
      console.log('demo investigation already loaded');
      return;
    }
  } finally {
    await driver.close();
  }
  if (!(await seedDemo({ ...DEMO, import: true }))) throw new CliError('the demo investigation did not import cleanly (see above)');
}

/** The HTTP status of /health, or 0 while nothing listens (no keep-alive: it would delay shutdown). */
function healthStatus(port: number): Promise<number> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
  });
}

function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['--import', 'tsx', join(findRepoRoot(), 'apps', 'api', 'src', 'main.ts')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      if (server.exitCode !== null) return reject(new CliError(`the workbench server exited with code ${server.exitCode} (see above)`));
      if ((await healthStatus(port)) > 0) return resolve(server);
      if (Date.now() > deadline) return reject(new CliError(`the workbench server did not answer on port ${port} within 60 s`));
      setTimeout(poll, 300);
    };
    void poll();
  });
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the workbench on the local Neo4j (or NEO4J_URI) with the demo investigation loaded')
    .option('--port <n>', 'HTTP port of the workbench', parseIntOption('--port', 1, 65535), Number(process.env.PORT ?? 4000))
    .action(async (opts: { port: number }) => {
      // Checked first: a workbench already there would answer the readiness check for this one.
      if (!(await isPortFree(opts.port)))
        throw new CliError(
          `port ${opts.port} is already in use (is the workbench already running?); stop what uses it, or start on another port with --port or PORT`,
        );
      const external = connectionFromEnv() !== null;
      let startedDb = false;
      if (!external) {
        await prepare();
        startedDb = !(await localDbStatus()).running;
        const db = await localDbStart();
        console.log(`Neo4j ${db.neo4jVersion ?? ''} at ${db.uri}`);
      }
      const stopDb = async () => {
        if (startedDb) await localDbStop();
      };
      try {
        await ensureWebBuild();
        await loadDemoIfMissing();
        const connection = await resolveConnection();
        const server = await startServer(opts.port, {
          NEO4J_URI: connection.uri,
          NEO4J_USER: connection.user,
          NEO4J_PASSWORD: connection.password,
        });
        console.log(`\nTouchstone is running at http://127.0.0.1:${opts.port}/  (Ctrl-C to stop)`);
        const shutdown = () => {
          server.kill('SIGTERM');
          setTimeout(() => server.kill('SIGKILL'), 15_000).unref();
        };
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
        await new Promise((resolve) => server.once('exit', resolve));
      } finally {
        await stopDb();
      }
    });
}
