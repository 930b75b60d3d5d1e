/** Placeholder until this tool is built. */
export function AnalyticsPanel() {
  return <p className="muted">AnalyticsPanel</p>;
}
