import { describe, expect, it } from 'vitest';
import { evaluateDetections, parseGroundTruthFile } from '../src/index';

const truth = parseGroundTruthFile(
  JSON.stringify({
    seed: 1,
    scale: 1,
    parameters: {},
    instances: [
      { id: 'i1', pattern: 'MONEY_CYCLE', subject: 'acc-1' },
      { id: 'i2', pattern: 'MONEY_CYCLE', subject: 'acc-2' },
      { id: 'i3', pattern: 'MONEY_FAN_IN', subject: 'acc-9' },
    ],
    lookAlikes: [{ id: 'l1', pattern: 'MONEY_CYCLE', subject: 'acc-5' }],
  }),
);

describe('evaluateDetections', () => {
  it('scores distinct subjects: precision, recall, misses, extras and look-alikes flagged', () => {
    const e = evaluateDetections(
      'money-cycle',
      'MONEY_CYCLE',
      [{ subjectId: 'acc-1' }, { subjectId: 'acc-1' }, { subjectId: 'acc-5' }, { subjectId: 'acc-7' }],
      truth,
    );
    expect(e).toEqual({
      name: 'money-cycle',
      pattern: 'MONEY_CYCLE',
      precision: 1 / 3,
      recall: 0.5,
      flagged: 3,
      expected: 2,
      missed: ['acc-2'],
      unexpected: ['acc-5', 'acc-7'],
      lookAlikesFlagged: ['acc-5'],
    });
  });

  it('gives precision 0 when nothing is flagged but something was planted, and 1 when nothing was', () => {
    expect(evaluateDetections('fan-in', 'MONEY_FAN_IN', [], truth)).toMatchObject({
      precision: 0,
      recall: 0,
    });
    expect(evaluateDetections('courier', 'GOLD_COURIER', [], truth)).toMatchObject({
      precision: 1,
      recall: 1,
      expected: 0,
    });
  });
});

describe('parseGroundTruthFile', () => {
  it('names what is wrong with a malformed file', () => {
    expect(() => parseGroundTruthFile('{')).toThrow(/detection: ground truth is not JSON/);
    expect(() => parseGroundTruthFile('{"instances": {}, "lookAlikes": []}')).toThrow(
      /"instances" must be a list/,
    );
    expect(() =>
      parseGroundTruthFile('{"instances": [{"pattern": "NOPE", "subject": "x"}], "lookAlikes": []}'),
    ).toThrow(/instances\[0\]/);
  });
});
