import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrom, tailFile } from '../src/log-tail';

const dir = mkdtempSync(join(tmpdir(), 'touchstone-log-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('log helpers', () => {
  it('returns the last lines of a log', () => {
    const file = join(dir, 'a.log');
    writeFileSync(file, Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n');
    expect(tailFile(file, 3)).toBe('line 98\nline 99\nline 100');
  });

  it('says so when there is no log yet', () => {
    expect(tailFile(join(dir, 'missing.log'))).toBe(`(no log at ${join(dir, 'missing.log')})`);
  });

  it('reads only what was appended after an offset', () => {
    const file = join(dir, 'b.log');
    writeFileSync(file, 'old start\n');
    const offset = 'old start\n'.length;
    writeFileSync(file, 'old start\nTOUCHSTONE_NEO4J_READY bolt://127.0.0.1:1\n');
    expect(readFrom(file, offset)).toBe('TOUCHSTONE_NEO4J_READY bolt://127.0.0.1:1\n');
    expect(readFrom(file, 10_000)).toBe('');
  });
});
