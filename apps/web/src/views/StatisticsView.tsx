/** Placeholder until this tool is built. */
export function StatisticsView() {
  return <p className="muted">StatisticsView</p>;
}
