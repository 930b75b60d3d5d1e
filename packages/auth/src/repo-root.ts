/** Finds the repository root (the folder holding pnpm-workspace.yaml), where `.touchstone/` lives. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root above `start` (default: this file's folder). */
export function findRepoRoot(start = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('auth: cannot find the repository root (pnpm-workspace.yaml)');
    dir = parent;
  }
  return dir;
}
