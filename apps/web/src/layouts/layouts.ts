/**
 * The layouts the workbench offers besides the force-directed one, as descriptors the layout
 * panel lists: each computes new positions for the entities in scope, without touching the chart.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { circularLayout } from './circular-layout';
import { hierarchicalLayout } from './hierarchical-layout';
import type { Positions } from './layout-scope';
import { noverlapLayout } from './noverlap-layout';
import { timeLayout } from './time-layout';

export interface LayoutContext {
  /** The selected entities (hierarchical: where parts without ownership links start). */
  anchors: readonly string[];
  /** Chart units per pixel of node size at the current zoom (for removing overlaps). */
  unitsPerPixel: number;
}

export interface LayoutDescriptor {
  id: 'circular' | 'hierarchical' | 'time' | 'noverlap';
  label: string;
  description: string;
  run(graph: ChartGraph, movable: readonly string[], context: LayoutContext): Positions;
}

export const LAYOUTS: readonly LayoutDescriptor[] = [
  {
    id: 'hierarchical',
    label: 'Hierarchical',
    description: 'Owners, directors and members above what they own, run or belong to.',
    run: (graph, movable, { anchors }) => hierarchicalLayout(graph, movable, anchors),
  },
  {
    id: 'time',
    label: 'Time-ordered',
    description: 'Left to right by date, one lane per entity type: follows money and metal trails. Undated at the left.',
    run: (graph, movable) => timeLayout(graph, movable),
  },
  {
    id: 'circular',
    label: 'Circular',
    description: 'One circle, entities of a type side by side.',
    run: (graph, movable) => circularLayout(graph, movable),
  },
  {
    id: 'noverlap',
    label: 'Remove overlaps',
    description: 'Pushes overlapping entities apart, moving them as little as possible.',
    run: (graph, movable, { unitsPerPixel }) => noverlapLayout(graph, movable, unitsPerPixel),
  },
];
