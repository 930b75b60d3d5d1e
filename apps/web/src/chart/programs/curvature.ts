/** How far a curved link without a curvature of its own bends (@sigma/edge-curve's default). */
export const DEFAULT_CURVATURE = 0.25;
