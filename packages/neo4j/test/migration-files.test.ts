import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMigrationFiles, splitStatements } from '../src/migration-files';

describe('splitStatements', () => {
  it('splits on a semicolon at line end and drops comment lines', () => {
    const text = [
      '// header comment; not a statement',
      'CREATE CONSTRAINT a IF NOT EXISTS',
      'FOR (n:A) REQUIRE n.id IS UNIQUE;',
      '',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);   ',
      '  // indented comment',
      'CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x)',
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
      'CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x)',
    ]);
  });

  it('keeps a semicolon that does not end a line inside its statement', () => {
    expect(splitStatements("RETURN 'a;b' AS s;\n")).toEqual(["RETURN 'a;b' AS s"]);
  });

  it('returns nothing for a file of comments', () => {
    expect(splitStatements('// only\n// comments;\n')).toEqual([]);
  });
});

describe('readMigrationFiles', () => {
  it('reads the fixture files in name order with their statements and checksums', () => {
    const files = readMigrationFiles(fileURLToPath(new URL('./fixtures/schema', import.meta.url)));
    expect(files.map((file) => file.name)).toEqual(['001-widgets.cypher', '002-widget-search.cypher']);
    expect(files.map((file) => file.statements.length)).toEqual([2, 1]);
    expect(files[1]?.statements[0]).toBe(
      'CREATE FULLTEXT INDEX fixture_widget_search IF NOT EXISTS\nFOR (w:FixtureWidget) ON EACH [w.name]',
    );
    expect(files[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(files[0]?.checksum).not.toBe(files[1]?.checksum);
  });
});
