/** Placeholder until this tool is built. */
export function CasesPanel() {
  return <p className="muted">CasesPanel</p>;
}
