/**
 * The label a chart shows for an entity: its name where it has one, otherwise the fact that
 * identifies it (a transaction's amount and date, a shipment's reference and weight…).
 */
import { entityTypeOfId, ENTITY_TYPES, type EntityTypeName } from '@touchstone/domain';
import type { Plain } from './graph-shape';

type Props = { [key: string]: Plain };

const text = (v: Plain | undefined): string | undefined =>
  typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined;
const day = (v: Plain | undefined): string => (typeof v === 'string' ? v.slice(0, 10) : '');
const kg = (v: Plain | undefined): string =>
  typeof v === 'number' ? ` ${Math.round(v * 100) / 100} kg` : '';
const usd = (v: Plain | undefined): string =>
  typeof v === 'number' ? `${Math.round(v).toLocaleString('en-US')} USD` : '';

/** The main type of an entity: from its id prefix, else its most specific known label. */
export function mainTypeOf(id: string, labels: readonly string[]): string {
  const byId = entityTypeOfId(id);
  if (byId && labels.includes(byId)) return byId;
  const known = labels.filter((l): l is EntityTypeName => Object.hasOwn(ENTITY_TYPES, l));
  known.sort((a, b) => ENTITY_TYPES[b].labels.length - ENTITY_TYPES[a].labels.length);
  return known[0] ?? labels.find((l) => l !== 'Entity') ?? 'Entity';
}

/** A short human label for an entity of `type`. */
export function displayLabel(type: string, id: string, p: Props): string {
  const named = text(p.name) ?? text(p.title);
  if (named) return named;
  switch (type) {
    case 'BankAccount':
      return [text(p.accountNumber), text(p.bank)].filter(Boolean).join(' · ') || id;
    case 'Transaction':
      return `${usd(p.amountUsd)} ${day(p.timestamp)}`.trim() || id;
    case 'Shipment':
      return `${text(p.customsRef) ?? 'Shipment'} ${day(p.date)}${kg(p.fineKg)}`.trim();
    case 'Seizure':
      return `Seizure ${day(p.date)} ${text(p.place) ?? text(p.country) ?? ''}`.trim();
    case 'Sample':
      return `Sample ${text(p.form) ?? text(p.sampleKind) ?? ''} ${text(p.lab) ?? ''}`.trim();
    case 'Prosecution':
      return `${text(p.court) ?? 'Prosecution'} ${day(p.filedDate)}`.trim();
    case 'Licence':
      return `${text(p.licenceType) ?? 'Licence'} ${text(p.number) ?? ''}`.trim();
    case 'Address':
      return text(p.text) ?? id;
    case 'MarketPrice':
      return `${text(p.commodity) ?? ''} ${day(p.date)} ${usd(p.usdPerKg)}/kg`.trim();
    default:
      return id;
  }
}
