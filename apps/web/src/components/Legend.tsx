/** The legend: the entity types on the chart with their colour and icon, and the risk rings. */
import { ENTITY_STYLES, RING_COLORS, entityStyle } from '../chart/entity-styles';
import { ICONS } from '../chart/entity-icons';
import { useChartVersion } from '../state/chart-store';
import { useWorkbench } from '../state/workbench';

const RING_LABELS: Record<keyof typeof RING_COLORS, string> = {
  sanctioned: 'Sanctioned',
  criminal: 'Criminal group / convicted',
  pep: 'Official / PEP',
  flagged: 'Illegal, mercury or protected area',
  restricted: 'Entered in a case',
};

export function Legend() {
  const wb = useWorkbench();
  useChartVersion(wb.chart);
  const counts = new Map<string, number>();
  const rings = new Set<string>();
  wb.chart.graph.forEachNode((_k, a) => {
    counts.set(a.entityType, (counts.get(a.entityType) ?? 0) + 1);
    if (a.ring) rings.add(a.ring);
  });
  if (counts.size === 0) return null;
  const types = [...counts.keys()].sort((a, b) => Object.keys(ENTITY_STYLES).indexOf(a) - Object.keys(ENTITY_STYLES).indexOf(b));
  return (
    <div className="legend" data-testid="legend">
      {types.map((type) => {
        const style = entityStyle(type);
        return (
          <div key={type} className="legend-row">
            <span className="type-dot" style={{ background: style.color }}>
              <img src={ICONS[style.icon]} alt="" />
            </span>
            {style.label} <small>{counts.get(type)}</small>
          </div>
        );
      })}
      {[...rings].map((ring) => (
        <div key={ring} className="legend-row">
          <span className="ring" style={{ borderColor: RING_COLORS[ring as keyof typeof RING_COLORS] }} />
          {RING_LABELS[ring as keyof typeof RING_COLORS]}
        </div>
      ))}
    </div>
  );
}
