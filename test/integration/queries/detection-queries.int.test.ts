/**
 * Every detection query of the library on the demo investigation (seed 42, scale 1): at its
 * default parameters it flags every planted instance's subject and no look-alike's, its evidence
 * names entities that exist, and it refuses out-of-bounds parameters with a one-line error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLibrary, type CannedQuery } from '@touchstone/cypher';
import {
  exhaustiveParameters,
  ParameterError,
  parseGroundTruthFile,
  runDetection,
  type DetectionRun,
} from '@touchstone/detection';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countOf, testDriver } from '../support/test-driver';

const truth = parseGroundTruthFile(readFileSync(join(inject('demoDir'), 'ground-truth.json'), 'utf8'));
const detections = defaultLibrary().queries.filter((q) => q.pattern !== null);
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const subjects = (entries: { pattern: string; subject: string }[], query: CannedQuery) =>
  [...new Set(entries.filter((e) => e.pattern === query.pattern).map((e) => e.subject))].sort();

/** A value just outside a numeric parameter's bounds, or undefined when it has none. */
function outOfBounds(query: CannedQuery): { name: string; value: number; words: RegExp } | undefined {
  for (const p of query.parameters) {
    if ((p.type === 'integer' || p.type === 'float') && p.max !== undefined)
      return { name: p.name, value: p.max + 1, words: new RegExp(`at most ${p.max}`) };
    if ((p.type === 'integer' || p.type === 'float') && p.min !== undefined)
      return { name: p.name, value: p.min - 1, words: new RegExp(`at least ${p.min}`) };
  }
  return undefined;
}

describe('detection queries on the demo investigation', () => {
  it('are one per pattern planted in the demo', () => {
    const planted = [...new Set(truth.instances.map((i) => i.pattern))].sort();
    expect(detections.map((q) => q.pattern).sort()).toEqual(planted);
  });

  for (const query of detections) {
    describe(query.name, () => {
      let run: DetectionRun;
      beforeAll(async () => {
        run = await runDetection(driver, query, exhaustiveParameters(query), { timeoutMs: 60_000 });
      });

      it(`flags every planted ${query.pattern} subject (recall 1) and nothing else`, () => {
        const expected = subjects(truth.instances, query);
        expect(expected.length).toBeGreaterThan(0);
        const flagged = [...new Set(run.detections.map((d) => d.subjectId))].sort();
        expect(flagged).toEqual(expect.arrayContaining(expected));
        expect(flagged).toEqual(expected);
        expect(run.truncated).toBe(false);
      });

      it('flags none of the look-alikes', () => {
        const lookAlikes = subjects(truth.lookAlikes, query);
        expect(run.detections.filter((d) => lookAlikes.includes(d.subjectId))).toEqual([]);
      });

      it('gives each finding a score and evidence made of entities that exist', async () => {
        for (const d of run.detections) {
          expect(d.pattern).toBe(query.pattern);
          expect(d.flagged[0]).toBe(d.subjectId);
          expect(Number.isFinite(d.score) && d.score > 0, `${d.subjectId} score ${d.score}`).toBe(true);
          expect(d.evidence.links.length).toBeGreaterThan(0);
        }
        const ids = [...new Set(run.detections.flatMap((d) => [...d.flagged, ...d.evidence.nodes]))];
        expect(
          await countOf(driver, 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN count(n)', { ids }),
        ).toBe(ids.length);
      });

      it('refuses out-of-bounds and unknown parameters with a one-line error naming them', async () => {
        const bad = outOfBounds(query)!;
        expect(bad).toBeDefined();
        const error = await runDetection(driver, query, { [bad.name]: bad.value }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as Error).message).toMatch(
          new RegExp(
            `^detection: ${query.name}: ${bad.name} must be a number ${bad.words.source}, got ${bad.value}$`,
          ),
        );
        await expect(runDetection(driver, query, { limit: 0 })).rejects.toThrow(
          `${query.name}: limit must be a number at least 1, got 0`,
        );
        await expect(runDetection(driver, query, { nonsense: 1 })).rejects.toThrow(
          `nonsense is not a parameter of ${query.name}`,
        );
      });
    });
  }
});
