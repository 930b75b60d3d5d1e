/**
 * The query library against the demo generator's rules, without a database: one detection query
 * per pattern code, each defaulting to exactly the parameters the ground truth records, and each
 * returning the columns every detection shares.
 */
import { defaultLibrary } from '@touchstone/cypher';
import { DETECTION_COLUMNS } from '@touchstone/detection';
import { PATTERN_CODES } from '@touchstone/domain';
import { DEFAULT_PARAMETERS } from '@touchstone/seed';
import { describe, expect, it } from 'vitest';

/** Rule parameters a query cannot take, and why. */
const NOT_QUERY_PARAMETERS: Record<string, string> = {
  // The p-values on COMPARED_WITH were computed with it; Cypher reads them, it does not recompute them.
  'GOLD_ASSAY_MISMATCH.referenceSpecimens': 'fixed when the comparisons were computed',
};

const detections = defaultLibrary().queries.filter((q) => q.pattern !== null);

describe('the detection queries of the library', () => {
  it('cover every pattern code exactly once', () => {
    expect(detections.map((q) => q.pattern).sort()).toEqual([...PATTERN_CODES].sort());
  });

  for (const query of detections) {
    it(`${query.name} defaults to the ground truth's parameters of ${query.pattern}`, () => {
      const rule = DEFAULT_PARAMETERS[query.pattern!];
      for (const [name, value] of Object.entries(rule)) {
        if (NOT_QUERY_PARAMETERS[`${query.pattern}.${name}`]) continue;
        const declared = query.parameters.find((p) => p.name === name);
        expect(declared, `${query.name} declares ${name}`).toBeDefined();
        expect(declared!.default, `${query.name}.${name}`).toEqual(value);
      }
    });

    it(`${query.name} returns the detection columns and is bounded by $limit`, () => {
      const body = query.cypher.replace(/\/\/.*$/gm, '');
      for (const column of DETECTION_COLUMNS)
        expect(body, `${query.name} returns ${column}`).toMatch(new RegExp(`AS ${column}\\b`));
      expect(body).toMatch(/LIMIT \$limit\s*$/);
      expect(body).toContain(`'${query.pattern}' AS pattern`);
    });
  }
});
