/**
 * The sigma renderer of a chart, with the workbench's drawing programs: entities as a coloured
 * disc with a risk ring and a white pictogram of their type, links as arrows (curved when two
 * entities have several). Labels are placed on a grid so they do not pile up.
 *
 * Each program draws its items in one instanced pass and uploads them only when they change,
 * and links are picked on the CPU rather than through a second drawing of every link each
 * frame (edge-picking.ts): the canvas costs about what bare sigma does with its plain circles
 * and lines.
 */
import Sigma from 'sigma';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ChartEdgeAttributes, ChartGraph, ChartNodeAttributes } from './chart-graph';
import { pickEdgesOnCpu } from './edge-picking';
import { ICONS } from './entity-icons';
import { iconAtlas } from './programs/icon-atlas';
import { EdgeArrowFastProgram } from './programs/edge-arrow-program';
import { EdgeCurvedArrowFastProgram } from './programs/edge-curve-program';
import { EntityNodeProgram } from './programs/entity-node-program';

export type ChartRenderer = Sigma<ChartNodeAttributes, ChartEdgeAttributes>;
export type ChartSettings = Partial<Settings<ChartNodeAttributes, ChartEdgeAttributes>>;

// The programs are generic over attributes; ours carry more, which they ignore.
export const asNodeProgram = (program: unknown) => program as NodeProgramType<ChartNodeAttributes, ChartEdgeAttributes>;
export const asEdgeProgram = (program: unknown) => program as EdgeProgramType<ChartNodeAttributes, ChartEdgeAttributes>;

// The pictograms decode while the app starts, not while the first chart is drawn.
if (typeof document !== 'undefined') iconAtlas().preload(Object.values(ICONS));

/** The settings the workbench draws with. */
export function chartSettings(): ChartSettings {
  return {
    nodeProgramClasses: { entity: asNodeProgram(EntityNodeProgram) },
    edgeProgramClasses: { arrow: asEdgeProgram(EdgeArrowFastProgram), curved: asEdgeProgram(EdgeCurvedArrowFastProgram) },
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
export function createChartRenderer(graph: ChartGraph, container: HTMLElement, settings: ChartSettings = {}): ChartRenderer {
  const { enableEdgeEvents, ...rest } = { ...chartSettings(), ...settings };
  // Built without sigma's link picking buffer; link events are then answered on the CPU.
  const renderer = new Sigma<ChartNodeAttributes, ChartEdgeAttributes>(graph, container, { ...rest, enableEdgeEvents: false });
  if (enableEdgeEvents) pickEdgesOnCpu(renderer as unknown as Sigma);
  return renderer;
}
