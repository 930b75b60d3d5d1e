/** Placeholder until the timeline is built. */
export function Timeline() {
  return null;
}
