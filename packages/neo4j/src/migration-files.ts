// Reads schema migrations: `*.cypher` files in file-name order, each split into statements on a
// `;` that ends a line, with `//` comment lines dropped. Statements must be idempotent
// (`IF NOT EXISTS`), so a rerun, or a file whose checksum changed, can simply run again.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MigrationFile {
  name: string;
  checksum: string;
  statements: string[];
}

export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().startsWith('//')) continue;
    const end = /;\s*$/.test(line);
    current.push(end ? line.replace(/;\s*$/, '') : line);
    if (end) {
      statements.push(current.join('\n').trim());
      current = [];
    }
  }
  statements.push(current.join('\n').trim());
  return statements.filter((statement) => statement.length > 0);
}

export function readMigrationFiles(dir: string): MigrationFile[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.cypher'))
    .sort();
  return names.map((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const checksum = createHash('sha256').update(text).digest('hex');
    return { name, checksum, statements: splitStatements(text) };
  });
}
