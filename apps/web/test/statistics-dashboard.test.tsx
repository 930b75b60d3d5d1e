// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BarChart } from '../src/statistics/BarChart';
import { formatKg, mirrorGap, mirrorRows, prosecutionRows, seizureRows, type Figure, type StatGroup } from '../src/statistics/statistics-data';

const figure = (count: number, kg: number, ids: string[] = []): Figure => ({ count, kg, valueUsd: 0, ids, idsComplete: true });
const group = (key: string, label: string, parts: Partial<StatGroup> = {}): StatGroup => ({
  key,
  label,
  seizures: figure(0, 0),
  prosecutions: figure(0, 0),
  exports: figure(0, 0),
  imports: figure(0, 0),
  verdicts: [],
  ...parts,
});

const groups = [
  group('BO', 'Bolivia', { seizures: figure(4, 20.246, ['sz-1', 'sz-2']), exports: figure(70, 2536.5, ['sh-1']), prosecutions: figure(1, 0, ['pr-1']), verdicts: [{ verdict: 'CONVICTED', count: 1 }] }),
  group('CH', 'Switzerland', { imports: figure(600, 22125.7, ['sh-9']) }),
  group('CD', 'DR Congo', { seizures: figure(2, 0, ['sz-7']) }),
  group('PE', 'Peru', { seizures: figure(9, 31.5, ['sz-3']), prosecutions: figure(3, 0, ['pr-2']) }),
];

describe('statistics rows', () => {
  it('rank seizures by kg, keep seizures without gold weight, and label count and kg', () => {
    const rows = seizureRows(groups, 'COUNTRY');
    expect(rows.map((r) => r.key)).toEqual(['PE', 'BO', 'CD']);
    expect(rows[1]!.bars[0]).toMatchObject({ value: 20.246, text: '20.25 kg · 4 seizures', ids: ['sz-1', 'sz-2'] });
    expect(rows[2]!.bars[0]!.text).toBe('0 kg · 2 seizures');
  });

  it('pair exports with imports so the mirror gap shows', () => {
    const rows = mirrorRows(groups, 'COUNTRY');
    expect(rows.map((r) => r.key)).toEqual(['CH', 'BO']);
    expect(rows[0]!.bars.map((b) => [b.series, b.text])).toEqual([
      ['exports', 'exported 0 kg'],
      ['imports', 'imported 22.1 t'],
    ]);
    expect(mirrorGap(groups[0]!)).toBeCloseTo(2536.5);
  });

  it('order years by time and show verdicts with prosecutions', () => {
    const years = [group('2023', '2023', { prosecutions: figure(1, 0) }), group('2019', '2019', { prosecutions: figure(5, 0) })];
    expect(prosecutionRows(years, 'YEAR').map((r) => r.key)).toEqual(['2019', '2023']);
    expect(prosecutionRows(groups, 'COUNTRY').map((r) => [r.key, r.bars[0]!.text])).toEqual([
      ['PE', '3'],
      ['BO', '1 (1 convicted)'],
    ]);
  });

  it('write weights as a report would', () => {
    expect(formatKg(0.42)).toBe('0.42 kg');
    expect(formatKg(1234.4)).toBe('1,234 kg');
    expect(formatKg(56339.6)).toBe('56.3 t');
  });
});

describe('the bar chart', () => {
  afterEach(cleanup);

  it('draws one bar per figure, longest for the largest, and opens the records behind a clicked bar', () => {
    const onOpen = vi.fn();
    const rows = seizureRows(groups, 'COUNTRY');
    const view = render(<BarChart title="Gold seized" rows={rows} colors={{ seized: '#d62728' }} empty="none" onOpen={onOpen} />);
    const bars = view.getAllByTestId('stat-bar');
    expect(bars.map((b) => b.getAttribute('data-key'))).toEqual(['PE', 'BO', 'CD']);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[2]).toBe(2);
    expect(view.getByText('20.25 kg · 4 seizures')).toBeTruthy();
    fireEvent.click(bars[1]!);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ ids: ['sz-1', 'sz-2'] }), expect.objectContaining({ label: 'Bolivia' }));
  });

  it('says so when there is nothing to draw', () => {
    const view = render(<BarChart title="Prosecutions" rows={[]} colors={{}} empty="No prosecutions in this period." onOpen={() => {}} />);
    expect(view.getByText('No prosecutions in this period.')).toBeTruthy();
    expect(view.queryAllByTestId('stat-bar')).toHaveLength(0);
  });
});
