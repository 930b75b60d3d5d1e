/**
 * Undoes what the analytics painted: every entity gets back the colour, ring and size of its
 * type (the same rules as when it was first drawn) and loses its community and score.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { nodeAttributesOf } from '../chart/merge-api-graph';

/** Restores the type colour and default size of every entity. */
export function resetStyles(chart: ChartGraph): void {
  chart.updateEachNodeAttributes((key, a) => {
    const fresh = nodeAttributesOf({ key, attributes: { label: a.label, type: a.entityType, types: a.types, caseId: a.caseId, properties: a.properties } }, a.x, a.y);
    const { community: _community, score: _score, ...rest } = a;
    return { ...rest, color: fresh.color, ringColor: fresh.ringColor, size: fresh.size };
  });
}
