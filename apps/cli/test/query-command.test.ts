import { defaultLibrary } from '@touchstone/cypher';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError } from '../src/cli-error';
import { queryParameters, registerQueryCommand } from '../src/commands/query';
import { cellText, textTable } from '../src/text-table';

describe('query run parameters', () => {
  const fanIn = defaultLibrary().get('fan-in')!;

  it('reads name=value pairs by type and leaves the rest to the defaults', () => {
    expect(
      queryParameters(fanIn, ['windowDays=3.5', 'minCounterparties=8', 'oneOffCounterpartiesOnly=false']),
    ).toEqual({
      windowDays: 3.5,
      minCounterparties: 8,
      oneOffCounterpartiesOnly: false,
    });
  });

  it('refuses every bad value in one line that says how to see the parameters', () => {
    let error: unknown;
    try {
      queryParameters(fanIn, ['windowDays=400', 'minCounterparties=x', 'colour=red']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain('windowDays must be a number at most 365, got 400');
    expect(message).toContain('minCounterparties must be a number, got "x"');
    expect(message).toContain('colour is not a parameter of fan-in');
    expect(message).toMatch(/\(see: pnpm touchstone query show fan-in\)$/);
  });

  it('stops a bad run before connecting to any database', async () => {
    const program = new Command('touchstone').exitOverride();
    registerQueryCommand(program);
    await expect(
      program.parseAsync(['node', 'touchstone', 'query', 'run', 'fan-in', '--param', 'limit=0']),
    ).rejects.toThrow('fan-in: limit must be a number at least 1, got 0');
    await expect(program.parseAsync(['node', 'touchstone', 'query', 'run', 'no-such-query'])).rejects.toThrow(
      'no query named "no-such-query"',
    );
  });
});

describe('textTable', () => {
  it('aligns columns under a rule and abbreviates long lists', () => {
    const out = textTable(
      ['name', 'ids'],
      [
        { name: 'a', ids: ['acc-1', 'acc-2'] },
        { name: 'longer', ids: Array.from({ length: 20 }, (_, i) => `acc-${i}`) },
      ],
    );
    expect(out.split('\n')).toEqual([
      'name    ids',
      '──────  ────────────────────────────────',
      'a       acc-1, acc-2',
      // a cell is at most 40 wide; the list keeps 8 of them for its count
      'longer  acc-0, acc-1, acc-2, acc-3 (+16)',
    ]);
  });

  it('rounds numbers and blanks nulls', () => {
    expect(cellText(1234567.891)).toBe('1,234,567.891');
    expect(cellText(null)).toBe('');
    expect(cellText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
