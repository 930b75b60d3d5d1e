import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY, ImportError, importFiles } from '@touchstone/importer';

// A bad option must fail before the driver is ever used, so no driver is needed.
const noDriver = {} as Driver;
const nothing = { entities: [], links: [] };

describe('import concurrency', () => {
  it('write entity batches one at a time and link batches two at a time by default', () => {
    expect(DEFAULT_CONCURRENCY).toEqual({ entities: 1, links: 2 });
  });

  it('reject a concurrency below one or not whole, for either kind, before writing', async () => {
    for (const concurrency of [0, 1.5, { entities: 1, links: 0 }, { entities: -1, links: 2 }]) {
      await expect(importFiles(noDriver, nothing, { concurrency })).rejects.toThrow(ImportError);
    }
    await expect(importFiles(noDriver, nothing, { concurrency: { entities: 2, links: 0 } })).rejects.toThrow(
      'concurrency must be a whole number of at least 1, got 0',
    );
  });

  it('accept one number for both kinds or one per kind', async () => {
    for (const concurrency of [3, { entities: 1, links: 4 }]) {
      const report = await importFiles(noDriver, nothing, { concurrency });
      expect(report.entities).toEqual({ read: 0, written: 0, invalid: 0 });
      expect(report.issueCount).toBe(0);
    }
  });
});
