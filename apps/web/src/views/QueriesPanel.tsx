/** Placeholder until this tool is built. */
export function QueriesPanel() {
  return <p className="muted">QueriesPanel</p>;
}
