/**
 * Variants of the workbench renderer that each leave one feature out (`?variant=` on bench.html),
 * to find out which part of the drawing costs what: the pictogram pass, the ring, arrow heads,
 * curved parallel links, edge picking, labels, the reducers. The benchmark runs the real
 * renderer; these only serve to explain its figures.
 */
import { createNodeBorderProgram } from '@sigma/node-border';
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, type NodeProgramType } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { ChartEdgeAttributes, ChartNodeAttributes } from '../chart/chart-graph';

type ChartSettings = Partial<Settings<ChartNodeAttributes, ChartEdgeAttributes>>;
const asNodeProgram = (program: unknown) => program as NodeProgramType<ChartNodeAttributes, ChartEdgeAttributes>;

/** Settings that replace the workbench's for a variant, and whether its reducers stay. */
export function variantSettings(variant: string | null): { settings: ChartSettings; reducers: boolean } {
  switch (variant) {
    case null:
    case '':
      return { settings: {}, reducers: true };
    case 'no-pictogram':
      return {
        settings: {
          nodeProgramClasses: {
            entity: asNodeProgram(createNodeBorderProgram({
              borders: [
                { size: { value: 0.16 }, color: { attribute: 'ringColor' } },
                { size: { fill: true }, color: { attribute: 'color' } },
              ],
            })),
          },
        },
        reducers: true,
      };
    case 'plain-nodes':
      return { settings: { nodeProgramClasses: { entity: asNodeProgram(NodeCircleProgram) } }, reducers: true };
    case 'straight-edges':
      return { settings: { edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeArrowProgram } }, reducers: true };
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
