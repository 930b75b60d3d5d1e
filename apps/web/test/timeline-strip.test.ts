// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../src/components/Timeline';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import { createWorkbench, WorkbenchContext, type Workbench } from '../src/state/workbench';

const shipment = (key: string, date: string) => ({
  key,
  attributes: { label: key, type: 'Shipment', types: ['Shipment'], caseId: null, properties: { date } },
});

function mount(dates: string[]): Workbench {
  const wb = createWorkbench();
  wb.chart.change('load', (g) =>
    mergeApiGraph(g, { attributes: { kind: 'test', truncated: false }, nodes: dates.map((d, i) => shipment(`s${i}`, d)), edges: [] }),
  );
  render(createElement(WorkbenchContext.Provider, { value: wb }, createElement(Timeline)));
  return wb;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the timeline strip', () => {
  it('is not shown when nothing on the chart is dated', () => {
    mount([]);
    expect(screen.queryByTestId('timeline')).toBeNull();
  });

  it('draws one bar per month of the case and says how many items are dated', () => {
    mount(['2021-01-05', '2021-01-20', '2021-03-02']);
    expect(screen.getByTestId('timeline').textContent).toContain('3 dated, by month');
    const bars = screen.getByTestId('timeline').querySelectorAll('rect.bar');
    expect([...bars].map((b) => b.querySelector('title')?.textContent)).toEqual(['Jan 2021: 2', 'Feb 2021: 0', 'Mar 2021: 1']);
    expect(screen.getByTestId('timeline-range').textContent).toBe('All dates');
  });

  it('plays a window forward, month by month, until the end, and Clear shows all dates again', () => {
    vi.useFakeTimers();
    const wb = mount(['2020-01-10', '2020-06-10', '2021-12-10']);
    fireEvent.click(screen.getByTestId('timeline-play'));
    const start = wb.ui.get().timeRange!;
    expect(new Date(start[0]).toISOString().slice(0, 10)).toBe('2020-01-01');
    expect(screen.getByTestId('timeline-play').textContent).toContain('Stop');
    act(() => vi.advanceTimersByTime(700));
    const next = wb.ui.get().timeRange!;
    expect((next[0] - start[0]) / 864e5).toBeCloseTo(30.44, 1);
    act(() => vi.advanceTimersByTime(700 * 40));
    expect(wb.ui.get().timeRange![1]).toBe(Date.UTC(2022, 0, 1));
    expect(screen.getByTestId('timeline-play').textContent).toContain('Play');
    fireEvent.click(screen.getByTestId('timeline-clear'));
    expect(wb.ui.get().timeRange).toBeNull();
    expect(screen.getByTestId('timeline-range').textContent).toBe('All dates');
  });
});
