import { describe, expect, it } from 'vitest';
import { DetectionError, toDetection } from '../src/index';

const row = {
  subjectId: 'acc-1',
  pattern: 'MONEY_FAN_IN',
  score: 6,
  flagged: ['acc-2', 'acc-1', 'acc-3', 'acc-2', 7],
  evidenceNodes: ['txn-1'],
  evidenceLinks: [
    {
      type: 'TRANSFER',
      id: 'txn-1',
      from: 'acc-2',
      to: 'acc-1',
      amountUsd: 5000,
      at: '2021-03-01T10:00:00Z',
      purpose: null,
    },
    { type: 'TRANSFER', from: 'acc-3', to: 'acc-1', amountUsd: 4000, verdict: 'EXCLUDED', nested: { x: 1 } },
    { type: 'BROKEN', from: 'acc-3' },
  ],
  totalUsd: 9000,
  windowStart: '2021-03-01T10:00:00Z',
};

describe('toDetection', () => {
  it('puts the subject first among the flagged entities, once, and keeps only ids', () => {
    expect(toDetection('fan-in', row).flagged).toEqual(['acc-1', 'acc-2', 'acc-3']);
  });

  it('keeps well-formed evidence links with their scalar facts and draws their ends into the nodes', () => {
    const d = toDetection('fan-in', row);
    expect(d.evidence.links).toEqual([
      {
        type: 'TRANSFER',
        id: 'txn-1',
        from: 'acc-2',
        to: 'acc-1',
        amountUsd: 5000,
        at: '2021-03-01T10:00:00Z',
      },
      { type: 'TRANSFER', from: 'acc-3', to: 'acc-1', amountUsd: 4000, verdict: 'EXCLUDED' },
    ]);
    expect(d.evidence.nodes.sort()).toEqual(['acc-1', 'acc-2', 'acc-3', 'txn-1']);
  });

  it('moves the query-specific columns into details', () => {
    const d = toDetection('fan-in', row);
    expect(d).toMatchObject({ pattern: 'MONEY_FAN_IN', query: 'fan-in', subjectId: 'acc-1', score: 6 });
    expect(d.details).toEqual({ totalUsd: 9000, windowStart: '2021-03-01T10:00:00Z' });
  });

  it('refuses rows without a subject or with an unknown pattern', () => {
    expect(() => toDetection('q', { ...row, subjectId: null })).toThrow(DetectionError);
    expect(() => toDetection('q', { ...row, pattern: 'MONEY_SOMETHING' })).toThrow(
      /unknown pattern MONEY_SOMETHING/,
    );
  });

  it('scores a row without a numeric score as 0', () => {
    expect(toDetection('q', { ...row, score: null }).score).toBe(0);
  });
});
