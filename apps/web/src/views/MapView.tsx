/**
 * The map: country outlines bundled with the app (nothing is fetched), the chart's entities
 * that have a place as markers in their type's colour, and shipments as routes weighted by the
 * fine gold they carried. Wheel zooms, dragging pans; clicking a marker or route selects it.
 */
import { useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { geoPath } from 'd3-geo';
import { entityStyle } from '../chart/entity-styles';
import { apply, fitBox, IDENTITY, spreadOverlapping, worldProjection, zoomAt, type MapTransform } from '../map/geometry';
import { mapData } from '../map/map-data';
import { RouteLine } from '../map/RouteLine';
import { countryFeatures } from '../map/world';
import { NUMERIC_OF } from '../map/country-codes';
import { useChartVersion } from '../state/chart-store';
import { useStore } from '../state/store';
import { useWorkbench } from '../state/workbench';
import '../styles/time-space.css';

const NUMERIC_TO_ISO = new Map([...NUMERIC_OF].map(([iso, numeric]) => [numeric, iso]));

export function MapView() {
  const wb = useWorkbench();
  const version = useChartVersion(wb.chart);
  const timeRange = useStore(wb.ui, (s) => s.timeRange);
  const selection = useStore(wb.ui, (s) => s.selection);
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [size, setSize] = useState({ width: 900, height: 500 });
  const [transform, setTransform] = useState<MapTransform>(IDENTITY);
  const fitted = useRef(false);
  const pan = useRef<{ x: number; y: number; start: MapTransform } | null>(null);

  useEffect(() => {
    const element = box.current!;
    const measure = () => setSize({ width: element.clientWidth || 900, height: element.clientHeight || 500 });
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, []);

  const projection = useMemo(() => worldProjection(size.width, size.height), [size]);
  const outlines = useMemo(() => {
    const path = geoPath(projection);
    return countryFeatures().map((f) => ({ id: String(f.id ?? f.properties.name), iso: NUMERIC_TO_ISO.get(String(f.id)), name: f.properties.name, d: path(f) ?? '' }));
  }, [projection]);
  // The chart graph is mutable: its version says when to recompute.
  const data = useMemo(() => mapData(wb.chart.graph, timeRange), [wb, version, timeRange]);
  const project = (p: readonly [number, number]): [number, number] => projection([p[0], p[1]]) ?? [0, 0];

  const fit = () => {
    const points = [...data.markers.map((m) => project(m.point)), ...data.routes.flatMap((r) => r.points.map(project))];
    if (points.length === 0) return setTransform(IDENTITY);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    setTransform(fitBox([[Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]], size.width, size.height, 60, 6));
  };
  // Show what the chart holds the first time there is something to show.
  useEffect(() => {
    if (fitted.current || (data.markers.length === 0 && data.routes.length === 0) || size.width < 50) return;
    fitted.current = true;
    fit();
  });

  // A native, non-passive wheel listener: React's is passive and cannot stop the page scrolling.
  useEffect(() => {
    const element = svg.current!;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = element.getBoundingClientRect();
      setTransform((t) => zoomAt(t, Math.exp(-e.deltaY * 0.0015), e.clientX - rect.left, e.clientY - rect.top));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pan.current = { x: e.clientX, y: e.clientY, start: transform };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const p = pan.current;
    if (p) setTransform({ ...p.start, x: p.start.x + e.clientX - p.x, y: p.start.y + e.clientY - p.y });
  };
  const endPan = () => (pan.current = null);
  const zoomBy = (factor: number) => setTransform((t) => zoomAt(t, factor, size.width / 2, size.height / 2));

  const select = (keys: string[]) => {
    if (keys.length) wb.ui.set({ selection: keys, focus: { kind: 'node', key: keys[0]! }, panel: 'details' });
  };
  const selected = new Set(selection);
  const empty = data.markers.length === 0 && data.routes.length === 0;
  const markerPoints = spreadOverlapping(data.markers.map((m) => apply(transform, project(m.point))));
  const types = [...new Set(data.markers.map((m) => m.entityType))];

  return (
    <div className="map-view" data-testid="map-view" ref={box}>
      <svg
        ref={svg}
        width={size.width}
        height={size.height}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endPan}
        onPointerCancel={endPan}
      >
        <g transform={`translate(${transform.x},${transform.y}) scale(${transform.k})`}>
          {outlines.map((c) => (
            <path key={c.id} d={c.d} className={c.iso && data.countries.has(c.iso) ? 'country involved' : 'country'}>
              <title>{c.name}</title>
            </path>
          ))}
        </g>
        {data.routes.map((r) => (
          <RouteLine key={r.countries.join('>')} route={r} points={r.points.map((p) => apply(transform, project(p)))} selected={r.shipments.some((s) => selected.has(s))} onSelect={() => select(r.shipments)} />
        ))}
        {data.markers.map((m, i) => {
          const [x, y] = markerPoints[i]!;
          const isSelected = selected.has(m.key);
          return (
            <g key={m.key} className={`map-marker${isSelected ? ' selected' : ''}${m.approximate ? ' approximate' : ''}`} data-testid="map-marker" data-key={m.key} transform={`translate(${x},${y})`}
              onPointerDown={(e) => e.stopPropagation()} onClick={() => select([m.key])}>
              <circle r={isSelected ? 8 : m.entityType === 'Country' ? 7 : 5.5} fill={m.color} />
              <title>{`${m.label} (${entityStyle(m.entityType).label}${m.approximate ? ', placed at its country' : ''})`}</title>
              {((isSelected && selected.size <= 8) || transform.k >= 4) && <text x={9} y={4}>{m.label}</text>}
            </g>
          );
        })}
      </svg>
      <div className="map-tools">
        <button title="Zoom in" onClick={() => zoomBy(1.6)}>+</button>
        <button title="Zoom out" onClick={() => zoomBy(1 / 1.6)}>−</button>
        <button title="Show everything on the map" onClick={fit}>Fit</button>
      </div>
      {!empty && (
        <div className="map-legend">
          {types.map((t) => (
            <div key={t}><span className="swatch" style={{ background: entityStyle(t).color }} /> {entityStyle(t).label}</div>
          ))}
          {data.markers.some((m) => m.approximate) && <div><span className="swatch approximate" /> placed at its country</div>}
          {data.routes.length > 0 && <div><span className="swatch route" /> shipments (width: fine kg)</div>}
        </div>
      )}
      {empty && (
        <div className="empty-state" data-testid="map-empty">
          <h2>Nothing on the chart has a place</h2>
          <p>Add mines, seizures, addresses, countries or shipments to the chart to see them here; the time filter applies to the map too.</p>
        </div>
      )}
    </div>
  );
}
