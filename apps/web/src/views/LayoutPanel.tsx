/** Placeholder until this tool is built. */
export function LayoutPanel() {
  return <p className="muted">LayoutPanel</p>;
}
