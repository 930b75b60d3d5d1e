/** Placeholder until this tool is built. */
export function MapView() {
  return <p className="muted">MapView</p>;
}
