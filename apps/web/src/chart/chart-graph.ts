/**
 * The chart: a graphology multi-graph whose node keys are entity ids. Node attributes hold the
 * entity as the API sent it (`entityType`, `properties`…) plus what the user did with it
 * (position, pinned, hidden, group, annotation); sigma reads `x`, `y`, `size`, `color`,
 * `label` and `type` (the drawing program, not the entity type) from the same attributes.
 */
import { MultiDirectedGraph } from 'graphology';
import type { MoneyFlow, Provenance } from '../graphql/types';
import type { RingKind } from './entity-styles';

export interface ChartNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Sigma's drawing program. */
  type: 'entity';
  image: string;
  /** Colour of the pictogram drawn on the node. */
  pictoColor: string;
  ringColor: string;
  entityType: string;
  types: string[];
  caseId: string | null;
  properties: Record<string, unknown>;
  ring: RingKind | null;
  pinned?: boolean;
  hidden?: boolean;
  /** A group the user put it in, drawn as a shared colour in the legend. */
  group?: string;
  /** A note the user wrote on it. */
  annotation?: string;
  /** Set by analytics (community, centrality) to colour and size the chart. */
  community?: number;
  score?: number;
}

export interface ChartEdgeAttributes {
  size: number;
  color: string;
  label: string;
  /** Sigma's drawing program: straight arrows, or curves when two entities have several links. */
  type: 'arrow' | 'curved';
  curvature?: number;
  linkType: string;
  caseId: string | null;
  properties: Record<string, unknown>;
  provenance: Provenance | null;
  money: MoneyFlow | null;
  hidden?: boolean;
  annotation?: string;
}

export type ChartGraph = MultiDirectedGraph<ChartNodeAttributes, ChartEdgeAttributes>;

/** An empty chart. */
export const createChartGraph = (): ChartGraph =>
  new MultiDirectedGraph<ChartNodeAttributes, ChartEdgeAttributes>({ allowSelfLoops: true });

/** The date a link or entity is placed at on the timeline (ISO text), or null when undated. */
export function dateOf(item: { properties: Record<string, unknown>; money?: MoneyFlow | null }): string | null {
  const p = item.properties;
  for (const key of ['timestamp', 'date', 'since', 'filedDate', 'takenDate', 'issueDate', 'incorporationDate']) {
    const value = p[key];
    if (typeof value === 'string' && value.length >= 4) return value;
  }
  return item.money?.firstAt ?? null;
}
