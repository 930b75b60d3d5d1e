/** The dashboard's headline figures for the period: seizures, prosecutions, verdicts, trade. */
import { formatUsd } from '../chart/merge-api-graph';
import { formatCount, formatKg, type Statistics } from './statistics-data';

export function TotalsCards({ totals }: { totals: Statistics['totals'] }) {
  const verdicts = totals.verdicts.reduce((n, v) => n + v.count, 0);
  const cards: [string, string, string][] = [
    ['Seizures', formatCount(totals.seizures.count, 'seizure'), `${formatKg(totals.seizures.kg)} gold · ${formatUsd(totals.seizures.valueUsd)}`],
    ['Prosecutions', formatCount(totals.prosecutions.count, 'case'), `${formatUsd(totals.prosecutions.valueUsd)} confiscation ordered`],
    ['Verdicts', formatCount(verdicts, 'verdict'), totals.verdicts.map((v) => `${v.count} ${v.verdict.toLowerCase()}`).join(', ') || 'none yet'],
    ['Exports', formatKg(totals.exports.kg), `${formatCount(totals.exports.count, 'shipment')} · ${formatUsd(totals.exports.valueUsd)}`],
    ['Imports', formatKg(totals.imports.kg), `${formatCount(totals.imports.count, 'shipment')} · ${formatUsd(totals.imports.valueUsd)}`],
  ];
  return (
    <div className="stat-cards" data-testid="stat-totals">
      {cards.map(([title, value, detail]) => (
        <div key={title} className="stat-card">
          <small>{title}</small>
          <strong>{value}</strong>
          <span className="small muted">{detail}</span>
        </div>
      ))}
    </div>
  );
}
