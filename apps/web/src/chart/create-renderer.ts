/**
 * The sigma renderer of a chart, with the workbench's drawing programs: entities as a coloured
 * disc with a risk ring and a white pictogram of their type, links as arrows (curved when two
 * entities have several). Labels are placed on a grid so they do not pile up.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createNodeImageProgram } from '@sigma/node-image';
import Sigma from 'sigma';
import { EdgeArrowProgram, createNodeCompoundProgram, type NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ChartEdgeAttributes, ChartGraph, ChartNodeAttributes } from './chart-graph';

export type ChartRenderer = Sigma<ChartNodeAttributes, ChartEdgeAttributes>;

const EntityProgram = createNodeCompoundProgram([
  createNodeBorderProgram({
    borders: [
      { size: { value: 0.16 }, color: { attribute: 'ringColor' } },
      { size: { fill: true }, color: { attribute: 'color' } },
    ],
  }),
  createNodeImageProgram({
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    imageAttribute: 'image',
    keepWithinCircle: true,
    padding: 0.3,
    size: { mode: 'force', value: 64 },
  }),
]);

/** The settings the workbench draws with. */
export function chartSettings(): Partial<Settings<ChartNodeAttributes, ChartEdgeAttributes>> {
  return {
    // The programs are generic over attributes; ours carry more, which they ignore.
    nodeProgramClasses: { entity: EntityProgram as unknown as NodeProgramType<ChartNodeAttributes, ChartEdgeAttributes> },
    edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    defaultNodeType: 'entity',
    defaultEdgeType: 'arrow',
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    labelDensity: 0.7,
    labelGridCellSize: 70,
    labelRenderedSizeThreshold: 7,
    labelFont: 'system-ui, sans-serif',
    zIndex: true,
    allowInvalidContainer: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
  };
}

/** A renderer of `graph` in `container`. */
export function createChartRenderer(
  graph: ChartGraph,
  container: HTMLElement,
  settings: Partial<Settings<ChartNodeAttributes, ChartEdgeAttributes>> = {},
): ChartRenderer {
  return new Sigma<ChartNodeAttributes, ChartEdgeAttributes>(graph, container, { ...chartSettings(), ...settings });
}
