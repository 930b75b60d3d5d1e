/**
 * Keeps the built web app current for `touchstone start`: when apps/web/dist is missing or older
 * than any source file of the app, it is rebuilt with Vite before the server starts, so a fresh
 * clone (or a pulled change) serves what the sources say.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '@touchstone/local-neo4j';
import { CliError } from './cli-error';

/** Newest modification time among the files under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when the web app's build is missing or older than its sources. */
export function webBuildIsStale(root = findRepoRoot()): boolean {
  const web = join(root, 'apps', 'web');
  const built = join(web, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newestMtime(join(web, 'src')),
    ...['index.html', 'vite.config.ts', 'package.json'].map((f) => (existsSync(join(web, f)) ? statSync(join(web, f)).mtimeMs : 0)),
  );
  return sources > statSync(built).mtimeMs;
}

/** Builds the web app with Vite; resolves when done, fails with the build's exit code. */
export function buildWeb(root = findRepoRoot()): Promise<void> {
  const vite = join(root, 'apps', 'web', 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) return Promise.reject(new CliError('the web app is not installed; run `pnpm install` first'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: join(root, 'apps', 'web'),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new CliError(`building the web app failed (exit code ${code})`))));
  });
}

/** Rebuilds the web app when its build is stale. */
export async function ensureWebBuild(): Promise<void> {
  if (!webBuildIsStale()) return;
  console.log('building the web app…');
  const started = Date.now();
  await buildWeb();
  console.log(`web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
