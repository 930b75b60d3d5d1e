/** One shipment itinerary on the map: a curved line, as wide as the gold it carried, with an arrowhead. */
import { arrowHead, curvedPath, routeWidth } from './geometry';
import type { MapRoute } from './map-data';

export function RouteLine({ route, points, selected, onSelect }: { route: MapRoute; points: [number, number][]; selected: boolean; onSelect: () => void }) {
  const width = routeWidth(route.fineKg);
  const title = `${route.countries.join(' → ')}: ${route.shipments.length} shipment${route.shipments.length === 1 ? '' : 's'}, ${route.fineKg.toFixed(1)} kg fine gold`;
  return (
    <g className={`map-route${selected ? ' selected' : ''}`} data-testid="map-route" onPointerDown={(e) => e.stopPropagation()} onClick={onSelect}>
      <path d={curvedPath(points)} strokeWidth={width} />
      <polygon points={arrowHead(points, 6 + width)} />
      <title>{title}</title>
    </g>
  );
}
