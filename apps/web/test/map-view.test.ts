// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeApiGraph } from '../src/chart/merge-api-graph';
import type { ApiGraph } from '../src/graphql/types';
import { createWorkbench, WorkbenchContext, type Workbench } from '../src/state/workbench';
import { MapView } from '../src/views/MapView';

const node = (key: string, type: string, properties: Record<string, unknown>) => ({
  key,
  attributes: { label: key, type, types: [type], caseId: null, properties },
});

function mount(nodes: ApiGraph['nodes']): Workbench {
  const wb = createWorkbench();
  wb.chart.change('load', (g) => mergeApiGraph(g, { attributes: { kind: 'test', truncated: false }, nodes, edges: [] }));
  render(createElement(WorkbenchContext.Provider, { value: wb }, createElement(MapView)));
  return wb;
}

afterEach(cleanup);

describe('the map view', () => {
  it('says so when nothing on the chart has a place, and still draws the countries', () => {
    mount([node('p', 'Person', {})]);
    expect(screen.getByTestId('map-empty').textContent).toContain('Nothing on the chart has a place');
    expect(screen.getByTestId('map-view').querySelectorAll('path.country').length).toBe(177);
  });

  it('draws located entities and routes, and a click selects the entity and shows its details', () => {
    const wb = mount([
      node('mine', 'Mine', { location: { latitude: -13.19, longitude: -69.76 } }),
      node('seizure', 'Seizure', { location: { latitude: -12.03, longitude: -77.12 }, date: '2021-06-10' }),
      node('shp', 'Shipment', { originCountry: 'PE', destinationCountry: 'AE', fineKg: 31.9 }),
    ]);
    expect(screen.queryByTestId('map-empty')).toBeNull();
    const markers = screen.getAllByTestId('map-marker');
    expect(markers.map((m) => m.getAttribute('data-key')).sort()).toEqual(['mine', 'seizure']);
    expect(markers.find((m) => m.getAttribute('data-key') === 'mine')!.querySelector('circle')!.getAttribute('fill')).toBe('#9c755f');
    expect(screen.getByTestId('map-route').textContent).toContain('PE → AE: 1 shipment, 31.9 kg fine gold');
    fireEvent.click(markers.find((m) => m.getAttribute('data-key') === 'seizure')!);
    expect(wb.ui.get()).toMatchObject({ selection: ['seizure'], focus: { kind: 'node', key: 'seizure' }, panel: 'details' });
  });
});
