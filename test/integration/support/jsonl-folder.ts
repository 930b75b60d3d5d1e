/**
 * A temporary folder of JSON Lines files, for tests that import small hand-made records.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface JsonlFolder {
  /** Writes `records` one per line to `name` in the folder; returns the file's path. */
  write(name: string, records: readonly object[]): string;
  /** Deletes the folder and its files. */
  remove(): void;
}

/** A new empty folder under the system's temp folder, its name starting with `prefix`. */
export function jsonlFolder(prefix: string): JsonlFolder {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    write(name, records) {
      const file = join(dir, name);
      writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
      return file;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
