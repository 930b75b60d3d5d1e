/** Placeholder until this tool is built. */
export function CypherPanel() {
  return <p className="muted">CypherPanel</p>;
}
