import { describe, expect, it } from 'vitest';
import { columnOf, entityRowLayout, linkRowLayout, toRow } from '@touchstone/importer';

describe('compact rows', () => {
  it('put the keys first, then every property of the type in order, null where absent', () => {
    const layout = entityRowLayout('Transaction');
    const present = layout.fields.map(() => false);
    const row = toRow(
      { type: 'Transaction', id: 'txn-1', amount: 5, currency: 'PEN', amountUsd: 1.3, timestamp: '2024-03-01T14:00:00Z', channel: 'CASH' },
      layout,
      present,
    );
    expect(row).toEqual(['txn-1', 5, 'PEN', 1.3, '2024-03-01T14:00:00Z', 'CASH', null, null, null, null]);
    expect(layout.fields.map(([f]) => f)).toEqual(['amount', 'currency', 'amountUsd', 'timestamp', 'channel', 'purpose', 'reference', 'caseId', 'note']);
  });

  it('mark the properties some row of the batch carries, keeping marks across rows', () => {
    const layout = linkRowLayout('OWNS');
    const present = layout.fields.map(() => false);
    toRow({ id: 'lnk-1', from: 'per-1', to: 'com-1', share: 0.5 }, layout, present);
    toRow({ id: 'lnk-2', from: 'per-2', to: 'com-1', since: '2020-01-01', note: null }, layout, present);
    const marked = layout.fields.filter((_, i) => present[i]).map(([f]) => f);
    expect(marked).toEqual(['share', 'since']);
  });

  it('find the position of keys and properties', () => {
    const layout = linkRowLayout('OWNS');
    expect(columnOf(layout, 'id')).toBe(0);
    expect(columnOf(layout, 'to')).toBe(2);
    expect(columnOf(layout, 'share')).toBe(3);
    expect(columnOf(layout, 'nope')).toBe(-1);
  });
});
