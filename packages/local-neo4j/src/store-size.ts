// Disk use of a data directory, for `touchstone db status`.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function directorySize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(path);
    else if (entry.isFile()) total += lstatSync(path).size;
  }
  return total;
}
