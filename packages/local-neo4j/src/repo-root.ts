// Finds the monorepo root (the folder holding pnpm-workspace.yaml), where the git-ignored
// `.touchstone/` state folder lives, whatever the caller's working directory.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors';

const here = dirname(fileURLToPath(import.meta.url));

export function findRepoRoot(startDir: string = here): string {
  let dir = resolve(startDir);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new LocalNeo4jError(`no pnpm-workspace.yaml found above ${startDir}`);
    dir = parent;
  }
}

/** The folder of this package's Maven project (pom.xml and the launcher's Java source). */
export const javaProjectDir = resolve(here, '..', 'java');
