import { describe, expect, it } from 'vitest';
import { chartDocumentProblems } from '../src/services/cases/chart-document';

const valid = {
  format: 1,
  nodes: [
    { key: 'per-1', x: 0, y: 0, color: '#c33', label: 'Ann', pinned: true },
    { key: 'com-1', x: 10.5, y: -3, size: 12, style: { border: 'dashed' } },
  ],
  edges: [{ key: 'lnk-1', source: 'per-1', target: 'com-1', label: 'owns 50%' }],
  annotations: [{ id: 'a1', kind: 'box', x: -5, y: -5, width: 30, height: 20, text: 'Shell network' }],
  notes: [
    {
      id: 'n1',
      text: 'Registry extract 2021 shows Ann as sole owner.',
      author: 'paula',
      createdAt: '2025-03-01T10:00:00Z',
      target: 'lnk-1',
    },
  ],
  snapshots: [
    {
      id: 's1',
      name: 'Before the raid',
      createdAt: '2025-03-01',
      positions: { 'per-1': [0, 0], 'com-1': [1, 1] },
      hidden: ['com-1'],
    },
  ],
  viewport: { x: 0.5, y: 0.5, ratio: 1.2 },
  styles: { Person: { color: '#36c', icon: 'person' } },
};

describe('chart documents', () => {
  it('accept a full, well-formed chart', () => {
    expect(chartDocumentProblems(valid)).toEqual([]);
  });

  it('report every problem with its path', () => {
    const bad = {
      ...valid,
      nodes: [{ key: 'per-1', x: 'left', y: 0, onclick: 'alert(1)' }, valid.nodes[1]],
      edges: [{ key: 'lnk-1', source: 'per-1', target: 'com-1', color: 'url(javascript:alert(1))' }],
    };
    const problems = chartDocumentProblems(bad).map((p) => p.path);
    expect(problems).toEqual(['document.nodes.0.x', 'document.nodes.0.onclick', 'document.edges.0.color']);
  });

  it('refuse edges joining nodes the chart does not show, and repeated keys', () => {
    const problems = chartDocumentProblems({
      ...valid,
      nodes: [valid.nodes[0], valid.nodes[0]],
      edges: valid.edges,
    });
    expect(problems.map((p) => p.reason)).toEqual(['repeats "per-1"', '"com-1" is not a node of the chart']);
  });

  it('refuse other formats, missing parts and oversized documents', () => {
    expect(chartDocumentProblems({ ...valid, format: 2 })[0]?.path).toBe('document.format');
    expect(chartDocumentProblems({ format: 1, nodes: [] })[0]).toEqual({
      path: 'document.edges',
      reason: 'is required',
    });
    expect(chartDocumentProblems(null)[0]?.reason).toBe('must be an object');
    const huge = {
      format: 1,
      nodes: [],
      edges: [],
      notes: Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, text: 'x'.repeat(9000) })),
    };
    expect(chartDocumentProblems(huge)[0]?.reason).toMatch(/larger than/);
    expect(
      chartDocumentProblems({
        format: 1,
        nodes: Array.from({ length: 5001 }, (_, i) => ({ key: `per-${i}`, x: 0, y: 0 })),
        edges: [],
      })[0]?.reason,
    ).toMatch(/at most 5000/);
  });
});
