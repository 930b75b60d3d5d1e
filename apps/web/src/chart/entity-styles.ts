/**
 * How each entity type looks on a chart — colour, pictogram and a plain name for the legend —
 * and how links and risk are drawn. One table, used by the canvas, the legend, the map and the
 * exports, so they always agree.
 */
import type { IconName } from './entity-icons';

/** The look of one entity type. */
export interface EntityStyle {
  color: string;
  icon: IconName;
  /** Plural name for the legend and filters. */
  label: string;
}

export const ENTITY_STYLES: Record<string, EntityStyle> = {
  Person: { color: '#4e79a7', icon: 'person', label: 'People' },
  Official: { color: '#b07aa1', icon: 'official', label: 'Officials' },
  Company: { color: '#59a14f', icon: 'company', label: 'Companies' },
  Refinery: { color: '#8cd17d', icon: 'refinery', label: 'Refiners' },
  CriminalGroup: { color: '#e15759', icon: 'group', label: 'Criminal groups' },
  BankAccount: { color: '#f28e2b', icon: 'account', label: 'Accounts' },
  Transaction: { color: '#ffbe7d', icon: 'transaction', label: 'Transactions' },
  Mine: { color: '#9c755f', icon: 'mine', label: 'Mines' },
  Licence: { color: '#76b7b2', icon: 'licence', label: 'Licences' },
  Shipment: { color: '#edc948', icon: 'shipment', label: 'Shipments' },
  Seizure: { color: '#d62728', icon: 'seizure', label: 'Seizures' },
  Sample: { color: '#17becf', icon: 'sample', label: 'Lab samples' },
  Prosecution: { color: '#7f3c8d', icon: 'prosecution', label: 'Prosecutions' },
  Address: { color: '#bab0ac', icon: 'address', label: 'Addresses' },
  Country: { color: '#79706e', icon: 'country', label: 'Countries' },
  ProtectedArea: { color: '#2ca02c', icon: 'area', label: 'Protected areas' },
  MarketPrice: { color: '#a0a0a0', icon: 'price', label: 'Market prices' },
  SourceDocument: { color: '#c0c0c0', icon: 'document', label: 'Source documents' },
};

const FALLBACK: EntityStyle = { color: '#888888', icon: 'unknown', label: 'Other' };

/** The style of an entity type (a neutral one for types the app does not know). */
export const entityStyle = (type: string): EntityStyle => ENTITY_STYLES[type] ?? FALLBACK;

/** Ring colours: a flag that matters to an investigator, strongest first. */
export const RING_COLORS = {
  sanctioned: '#000000',
  criminal: '#e15759',
  pep: '#b07aa1',
  flagged: '#ff7f0e',
  restricted: '#1f77b4',
} as const;

export type RingKind = keyof typeof RING_COLORS;

/** The ring an entity gets from its properties (null: no ring). */
export function ringOf(type: string, properties: Record<string, unknown>, caseId: string | null): RingKind | null {
  if (properties.isSanctioned === true) return 'sanctioned';
  if (type === 'CriminalGroup' || properties.isConvicted === true) return 'criminal';
  if (properties.isPep === true || type === 'Official') return 'pep';
  if (properties.legalStatus === 'ILLEGAL' || properties.usesMercury === true || properties.inProtectedArea === true) return 'flagged';
  if (caseId) return 'restricted';
  return null;
}

/** Link colours: money, metal, ownership and control, people, the rest. */
export function linkColor(linkType: string): string {
  if (linkType === 'PAID' || linkType === 'SENT' || linkType === 'TO' || linkType === 'SETTLES') return '#f28e2b';
  if (['EXPORTED', 'SOLD_TO', 'CONSIGNED_TO', 'DECLARED_ORIGIN', 'VIA', 'FROM_COUNTRY', 'TO_COUNTRY', 'RECEIVED_BY', 'CARRIED_BY'].includes(linkType))
    return '#c9a227';
  if (['OWNS', 'DIRECTOR_OF', 'HOLDS_ACCOUNT', 'HOLDS_LICENCE', 'OPERATES'].includes(linkType)) return '#59a14f';
  if (['MEMBER_OF', 'ASSOCIATE_OF', 'FAMILY_OF'].includes(linkType)) return '#e15759';
  return '#9aa5b1';
}
