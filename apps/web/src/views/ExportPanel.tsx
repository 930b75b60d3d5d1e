/** Placeholder until this tool is built. */
export function ExportPanel() {
  return <p className="muted">ExportPanel</p>;
}
