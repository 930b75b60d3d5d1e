import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadJwtSecret, userNameProblem } from '@touchstone/auth';

describe('the token-signing secret', () => {
  it('is generated once into an owner-only file and read back the same', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jwt-')), 'api', 'jwt-secret');
    const first = loadJwtSecret({ env: {}, file });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadJwtSecret({ env: {}, file })).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('comes from TOUCHSTONE_JWT_SECRET when set, and must be long enough', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'jwt-')), 'jwt-secret');
    expect(loadJwtSecret({ env: { TOUCHSTONE_JWT_SECRET: 's'.repeat(40) }, file })).toBe('s'.repeat(40));
    expect(() => loadJwtSecret({ env: { TOUCHSTONE_JWT_SECRET: 'short' }, file })).toThrow(/at least 32/);
  });
});

describe('user names', () => {
  it('accept short lower-case names and refuse the rest', () => {
    expect(userNameProblem('ana.lopez')).toBeUndefined();
    expect(userNameProblem('Ana')).toMatch(/not a valid user name/);
    expect(userNameProblem('a')).toMatch(/not a valid user name/);
    expect(userNameProblem("ana' OR 1=1")).toMatch(/not a valid user name/);
  });
});
