/**
 * The renderer currently drawing the chart, for the actions that need the picture or the
 * camera (image exports, zoom buttons) without passing it through every component.
 */
import type { ChartRenderer } from './create-renderer';

let active: ChartRenderer | null = null;

export function setActiveRenderer(renderer: ChartRenderer | null): void {
  active = renderer;
}

export function activeRenderer(): ChartRenderer | null {
  return active;
}
