/**
 * Variants of the workbench renderer that each change one thing (`?variant=` on bench.html),
 * to find out which part of the drawing costs what: sigma's own programs instead of ours,
 * plain discs, straight or line links, no link events, no labels, no reducers. The benchmark
 * runs the real renderer; these only serve to explain its figures.
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import { createNodeImageProgram } from '@sigma/node-image';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, createNodeCompoundProgram } from 'sigma/rendering';
import { asEdgeProgram, asNodeProgram, type ChartSettings } from '../chart/create-renderer';
import { EdgeArrowFastProgram } from '../chart/programs/edge-arrow-program';

/** The programs the workbench drew with before its own: border and image passes, two-part arrows, per-pixel curves. */
function sigmaPrograms(): ChartSettings {
  const entity = createNodeCompoundProgram([
    createNodeBorderProgram({
      borders: [
        { size: { value: 0.16 }, color: { attribute: 'ringColor' } },
        { size: { fill: true }, color: { attribute: 'color' } },
      ],
    }),
    createNodeImageProgram({ drawingMode: 'color', colorAttribute: 'pictoColor', imageAttribute: 'image', keepWithinCircle: true, padding: 0.3, size: { mode: 'force', value: 64 } }),
  ]);
  return {
    nodeProgramClasses: { entity: asNodeProgram(entity) },
    edgeProgramClasses: { arrow: asEdgeProgram(EdgeArrowProgram), curved: asEdgeProgram(EdgeCurvedArrowProgram) },
  };
}

/** Settings that replace the workbench's for a variant, and whether its reducers stay. */
export function variantSettings(variant: string | null): { settings: ChartSettings; reducers: boolean } {
  switch (variant) {
    case null:
    case '':
      return { settings: {}, reducers: true };
    case 'sigma-programs':
      return { settings: sigmaPrograms(), reducers: true };
    case 'plain-nodes':
      return { settings: { nodeProgramClasses: { entity: asNodeProgram(NodeCircleProgram) } }, reducers: true };
    case 'straight-edges':
      return { settings: { edgeProgramClasses: { arrow: asEdgeProgram(EdgeArrowFastProgram), curved: asEdgeProgram(EdgeArrowFastProgram) } }, reducers: true };
    case 'line-edges':
      return { settings: { edgeProgramClasses: { arrow: EdgeRectangleProgram, curved: EdgeRectangleProgram } }, reducers: true };
    case 'no-edge-events':
      return { settings: { enableEdgeEvents: false }, reducers: true };
    case 'no-labels':
      return { settings: { renderLabels: false }, reducers: true };
    case 'no-reducers':
      return { settings: {}, reducers: false };
    default:
      throw new Error(`Unknown variant "${variant}"`);
  }
}
