import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CypherLibraryError, defaultLibrary, loadLibrary } from '../src/index';

const good = (name: string) => `// @name ${name}
// @title T
// @description D
// @source S
// @param limit: integer = 10 [1, 100] -- rows
// @returns R
MATCH (n:Entity) WHERE n.caseId IS NULL OR n.caseId IN $visibleCaseIds RETURN n.id LIMIT $limit
`;

function library(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-lib-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadLibrary', () => {
  it('loads the repository library: every query parses and declares what it uses', () => {
    const lib = defaultLibrary();
    expect(lib.queries.map((q) => q.name)).toEqual(expect.arrayContaining(['money-cycle', 'fan-in']));
    const cycle = lib.get('money-cycle')!;
    expect(cycle.pattern).toBe('MONEY_CYCLE');
    expect(cycle.area).toBe('money');
    expect(cycle.parameters.find((p) => p.name === 'maxHopDays')).toMatchObject({
      type: 'float',
      default: 3,
      min: 0.01,
      max: 365,
    });
    expect(lib.get('fan-in')!.pattern).toBe('MONEY_FAN_IN');
  });

  it('skips schema migrations and sorts queries by area and name', () => {
    const dir = library({
      'schema/001.cypher': 'CREATE INDEX x',
      'b/zeta.cypher': good('zeta'),
      'a/alpha.cypher': good('alpha'),
      'b/beta.cypher': good('beta'),
    });
    expect(loadLibrary(dir).queries.map((q) => `${q.area}/${q.name}`)).toEqual([
      'a/alpha',
      'b/beta',
      'b/zeta',
    ]);
  });

  it('fails loudly, naming every faulty file, when one query is bad', () => {
    const dir = library({
      'a/alpha.cypher': good('alpha'),
      'a/broken.cypher': good('broken').replace('LIMIT $limit', 'LIMIT $rows'),
      'b/alpha.cypher': good('alpha'),
    });
    let error: unknown;
    try {
      loadLibrary(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CypherLibraryError);
    expect((error as CypherLibraryError).problems).toEqual([
      'a/broken.cypher: $rows is used but not declared',
      'a/broken.cypher: parameter limit is declared but not used',
      'b/alpha.cypher: the name alpha is also used in a/',
    ]);
  });
});
