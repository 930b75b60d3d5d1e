import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_FILES, GENERATOR_VERSION, readGroundTruth, writeDataset } from '@touchstone/seed';

const root = mkdtempSync(join(tmpdir(), 'touchstone-seed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeDataset', () => {
  it('writes the same bytes for the same seed, other bytes for another seed', async () => {
    const a = await writeDataset(join(root, 'a'), { seed: 42 });
    const b = await writeDataset(join(root, 'b'), { seed: 42 });
    const c = await writeDataset(join(root, 'c'), { seed: 43 });
    expect(b.sha256).toEqual(a.sha256);
    for (const file of [DATASET_FILES.entities, DATASET_FILES.links, DATASET_FILES.groundTruth]) {
      expect(c.sha256[file], file).not.toBe(a.sha256[file]);
    }
  }, 60_000);

  it('writes a manifest whose counts and sizes match the files', async () => {
    const dir = join(root, 'a');
    const manifest = JSON.parse(readFileSync(join(dir, DATASET_FILES.manifest), 'utf8'));
    expect(manifest).toMatchObject({ seed: 42, scale: 1, generatorVersion: GENERATOR_VERSION });
    const entities = readFileSync(join(dir, DATASET_FILES.entities), 'utf8').trimEnd().split('\n');
    const links = readFileSync(join(dir, DATASET_FILES.links), 'utf8').trimEnd().split('\n');
    expect(entities).toHaveLength(manifest.totals.entities);
    expect(links).toHaveLength(manifest.totals.links);
    const sum = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);
    expect(sum(manifest.counts.entities)).toBe(entities.length);
    expect(sum(manifest.counts.links)).toBe(links.length);
    expect(manifest.bytes[DATASET_FILES.links]).toBe(
      Buffer.byteLength(readFileSync(join(dir, DATASET_FILES.links))),
    );
    expect(entities.map((line) => JSON.parse(line) as { id: string })).toContainEqual(
      expect.objectContaining({ type: 'Country', id: 'ctry-b0-PE', iso2: 'PE' }),
    );
  });

  it('writes ground truth that readGroundTruth reads back', async () => {
    const truth = await readGroundTruth(join(root, 'a', DATASET_FILES.groundTruth));
    expect(truth.seed).toBe(42);
    expect(truth.instances.length).toBeGreaterThanOrEqual(54);
    expect(truth.parameters.MONEY_FAN_OUT).toMatchObject({ windowDays: 7, minCounterparties: 5 });
    await expect(readGroundTruth(join(root, 'a', DATASET_FILES.manifest))).rejects.toThrow(
      /@touchstone\/seed/,
    );
  });

  it('rejects a bad scale or seed', async () => {
    await expect(writeDataset(join(root, 'x'), { scale: 0 })).rejects.toThrow(/scale/);
    await expect(writeDataset(join(root, 'x'), { scale: 1.5 })).rejects.toThrow(/scale/);
    await expect(writeDataset(join(root, 'x'), { seed: -1 })).rejects.toThrow(/seed/);
  });
});
