import { describe, expect, it } from 'vitest';
import { groupQueries, type CannedQuery, type CannedQueryParameter } from '../src/queries/canned-query';
import { boundsHint, initialTexts, parseParam, parseParams } from '../src/queries/param-values';
import { cellText, entityIdsIn } from '../src/queries/row-cells';

const param = (name: string, type: string, extra: Partial<CannedQueryParameter> = {}): CannedQueryParameter => ({
  name,
  type,
  description: `the ${name}`,
  required: false,
  default: null,
  min: null,
  max: null,
  ...extra,
});

const query = (name: string, area: string, title: string, pattern: string | null = null): CannedQuery => ({
  name,
  area,
  title,
  description: `${title}, described`,
  pattern,
  patternDescription: null,
  source: 'TYPOLOGIES.md',
  returns: 'rows',
  cypher: 'RETURN 1',
  parameters: [],
});

describe('the query library list', () => {
  const library = [
    query('young-exporter', 'gold', 'Young exporters', 'GOLD_YOUNG_EXPORTER'),
    query('asset-trace', 'assets', 'Asset tracing'),
    query('money-cycle', 'money', 'Chronological money cycles', 'MONEY_CYCLE'),
    query('circular-ownership', 'corporate', 'Circular ownership', 'CORP_CIRCULAR_OWNERSHIP'),
    query('fan-in', 'money', 'Fan-in', 'MONEY_FAN_IN'),
  ];

  it('groups by area in the order money, corporate, gold, balance, assets, titles sorted', () => {
    expect(groupQueries(library, '').map((g) => [g.area, g.queries.map((q) => q.name)])).toEqual([
      ['money', ['money-cycle', 'fan-in']],
      ['corporate', ['circular-ownership']],
      ['gold', ['young-exporter']],
      ['assets', ['asset-trace']],
    ]);
  });

  it('keeps the queries holding every word of the filter, in title, name or pattern code', () => {
    expect(groupQueries(library, 'cycl').flatMap((g) => g.queries.map((q) => q.name))).toEqual(['money-cycle']);
    expect(groupQueries(library, 'CIRCULAR corp').flatMap((g) => g.queries.map((q) => q.name))).toEqual(['circular-ownership']);
    expect(groupQueries(library, 'money_fan').flatMap((g) => g.queries.map((q) => q.name))).toEqual(['fan-in']);
    expect(groupQueries(library, 'nothing like this')).toEqual([]);
  });
});

describe('a canned query form', () => {
  const params = [
    param('accountId', 'id', { required: true }),
    param('maxHops', 'integer', { default: 6, min: 1, max: 8 }),
    param('minRetention', 'float', { default: 0.8, min: 0, max: 1 }),
    param('from', 'datetime', { default: '2019-01-01T00:00:00Z' }),
    param('until', 'date', { default: '2026-01-01' }),
    param('oneOff', 'boolean', { default: true }),
    param('relationships', 'string[]', { default: ['OWNS', 'DIRECTOR_OF'], min: 1, max: 3 }),
    param('purposeContains', 'string', { default: 'gold purchase', min: 1, max: 20 }),
  ];

  it('starts from the defaults and takes an id from the matching selected entity', () => {
    const texts = initialTexts(params, [
      { key: 'per-1', entityType: 'Person' },
      { key: 'acc-7', entityType: 'BankAccount' },
    ]);
    expect(texts).toEqual({
      accountId: 'acc-7',
      maxHops: '6',
      minRetention: '0.8',
      from: '2019-01-01T00:00:00Z',
      until: '2026-01-01',
      oneOff: 'true',
      relationships: 'OWNS, DIRECTOR_OF',
      purposeContains: 'gold purchase',
    });
    expect(initialTexts([param('personId', 'id')], [{ key: 'com-1', entityType: 'Company' }])).toEqual({ personId: 'com-1' });
    expect(initialTexts([param('ids', 'id[]')], [{ key: 'a', entityType: 'Mine' }, { key: 'b', entityType: 'Mine' }])).toEqual({ ids: 'a, b' });
  });

  it('turns valid texts into typed values and leaves empty optional fields to the defaults', () => {
    const texts = { ...initialTexts(params), accountId: ' acc-7 ', from: '2024-03-01', maxHops: '' };
    expect(parseParams(params, texts)).toEqual({
      values: {
        accountId: 'acc-7',
        minRetention: 0.8,
        from: '2024-03-01T00:00:00Z',
        until: '2026-01-01',
        oneOff: true,
        relationships: ['OWNS', 'DIRECTOR_OF'],
        purposeContains: 'gold purchase',
      },
      errors: {},
    });
  });

  it('names the parameter and the bound it breaks', () => {
    const texts = {
      accountId: '',
      maxHops: '9',
      minRetention: '-0.1',
      from: 'yesterday',
      until: '2024-13-45',
      oneOff: 'false',
      relationships: 'A, B, C, D',
      purposeContains: 'a text much longer than twenty',
    };
    expect(parseParams(params, texts).errors).toEqual({
      accountId: 'accountId is required (the accountId).',
      maxHops: 'maxHops must be at most 8.',
      minRetention: 'minRetention must be at least 0.',
      from: 'from must be a date and time written 2024-01-31T08:00:00Z, not "yesterday".',
      until: 'until must be a date written 2024-01-31, not "2024-13-45".',
      relationships: 'relationships must list at most 3 items.',
      purposeContains: 'purposeContains must have at most 20 characters.',
    });
    expect(parseParam(params[1]!, '2.5')).toEqual({ error: 'maxHops must be a whole number, not "2.5".' });
    expect(parseParam(params[1]!, '0')).toEqual({ error: 'maxHops must be at least 1.' });
    expect(parseParam(params[2]!, 'abc')).toEqual({ error: 'minRetention must be a number, not "abc".' });
  });

  it('describes type and bounds beside each field', () => {
    expect(params.map(boundsHint)).toEqual(['id', 'integer, 1–8', 'float, 0–1', 'datetime, UTC', 'date', 'boolean', 'string[], 1–3 items', 'string, 1–20 characters']);
  });
});

describe('result rows', () => {
  const known = new Set(['com-1', 'com-2', 'per-9']);
  const isEntity = (id: string) => known.has(id);

  it('finds the entity ids anywhere in a row, once each', () => {
    const row = {
      subjectId: 'com-1',
      pattern: 'CORP_CIRCULAR_OWNERSHIP',
      flagged: ['com-1', 'com-2'],
      evidenceLinks: [{ from: 'com-2', to: 'per-9', share: 0.5 }],
      note: 'com-3',
    };
    expect(entityIdsIn(row, isEntity)).toEqual(['com-1', 'com-2', 'per-9']);
  });

  it('shows names for known ids, rounds numbers and summarises Cypher values', () => {
    const nameOf = (id: string) => ({ 'com-1': 'Gold Co' })[id];
    expect(cellText(['com-1', 'x'], nameOf)).toBe('Gold Co, x');
    expect(cellText(0.123456)).toBe('0.1235');
    expect(cellText(true)).toBe('yes');
    expect(cellText(null)).toBe('—');
    expect(cellText({ kind: 'node', key: 'per-9', labels: ['Person'], properties: { name: 'Ana Ríos' } })).toBe('Ana Ríos');
    expect(cellText({ kind: 'link', key: 'l1', type: 'OWNS', properties: {} })).toBe('OWNS');
    expect(cellText({ kind: 'path', nodes: [{}, {}, {}], links: [] })).toBe('path of 2 links');
    expect(cellText({ from: 'a', share: 0.5 })).toBe('{"from":"a","share":0.5}');
  });
});
