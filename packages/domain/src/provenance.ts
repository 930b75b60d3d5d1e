/**
 * Provenance: every link that asserts a fact says which source document it came from, who
 * entered it and when, and how reliable the source and the information are (i2 grading).
 */
import { INFORMATION_RELIABILITY, SOURCE_RELIABILITY } from './enums';
import type { FieldSet } from './fields';

/** The provenance properties carried by every fact link. */
export const PROVENANCE_FIELDS: FieldSet = {
  sourceId: { kind: 'string', required: true, maxLength: 100, description: 'id of the SourceDocument' },
  enteredBy: { kind: 'string', required: true, maxLength: 200, description: 'who entered the fact' },
  enteredAt: { kind: 'datetime', required: true, description: 'when the fact was entered' },
  sourceReliability: { kind: 'enum', values: SOURCE_RELIABILITY, required: true, description: 'A–F' },
  infoReliability: { kind: 'enum', values: INFORMATION_RELIABILITY, required: true, description: '1–6' },
};

/** Names of the provenance properties. */
export const PROVENANCE_KEYS = Object.keys(PROVENANCE_FIELDS);

/** A fact's provenance, as carried on its link. */
export interface Provenance {
  sourceId: string;
  enteredBy: string;
  enteredAt: string;
  sourceReliability: (typeof SOURCE_RELIABILITY)[number];
  infoReliability: (typeof INFORMATION_RELIABILITY)[number];
}

/** The i2 grade of a fact, e.g. `B2`. */
export const gradeOf = (p: Pick<Provenance, 'sourceReliability' | 'infoReliability'>): string =>
  `${p.sourceReliability}${p.infoReliability}`;
