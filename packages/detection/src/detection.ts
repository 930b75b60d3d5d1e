/**
 * The one shape every detection query's rows take, so results from any pattern can be drawn on a
 * chart and combined into a risk view: the pattern, the subject a detector flags, a score, every
 * entity implicated, and the evidence subgraph with amounts and dates on its links.
 */
import { PATTERN_CODES, type PatternCode } from '@touchstone/domain';
import { DetectionError } from './detection-error';

/** One line of evidence: a link between two entities, a transfer drawn payer → payee, … */
export interface EvidenceLink {
  /** A relationship type (OWNS, EXPORTED, …) or TRANSFER for money moved through a Transaction. */
  type: string;
  from: string;
  to: string;
  /** The entity the line stands for, when there is one (the Transaction of a transfer). */
  id?: string;
  amountUsd?: number;
  /** ISO date or date-time of the fact. */
  at?: string;
  fineKg?: number;
  share?: number;
  /** Other facts of the line: a verdict, a p-value, a year, a price ratio … */
  [fact: string]: string | number | boolean | undefined;
}

/** One finding of a detection query. */
export interface Detection {
  pattern: PatternCode;
  /** The library query that found it. */
  query: string;
  /** The entity a detector flags (see the ground truth's `subject` of the pattern). */
  subjectId: string;
  /** Higher is more suspicious; its meaning is given in the query's `@returns`. */
  score: number;
  /** Every entity the finding implicates, the subject first. */
  flagged: string[];
  /** The subgraph that matched. */
  evidence: { nodes: string[]; links: EvidenceLink[] };
  /** The query's other columns (windows, totals, ratios …). */
  details: Record<string, unknown>;
}

/** The columns every detection query returns; the rest become `details`. */
export const DETECTION_COLUMNS = [
  'subjectId',
  'pattern',
  'score',
  'flagged',
  'evidenceNodes',
  'evidenceLinks',
] as const;

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.filter((x): x is string => typeof x === 'string'))] : [];

function link(value: unknown): EvidenceLink | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.type !== 'string' || typeof v.from !== 'string' || typeof v.to !== 'string') return undefined;
  const out: EvidenceLink = { type: v.type, from: v.from, to: v.to };
  // Keep every other scalar fact of the line (verdict, pValue, year …); drop nulls and structures.
  for (const [key, x] of Object.entries(v)) {
    if (key in out) continue;
    if (typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)))
      out[key] = x;
  }
  return out;
}

/** Normalises one row of the detection query `queryName`; throws when the row lacks the shape. */
export function toDetection(queryName: string, row: Readonly<Record<string, unknown>>): Detection {
  const { subjectId, pattern, score } = row;
  if (typeof subjectId !== 'string')
    throw new DetectionError(`${queryName} returned a row without a subjectId`);
  if (typeof pattern !== 'string' || !PATTERN_CODES.includes(pattern as PatternCode)) {
    throw new DetectionError(`${queryName} returned a row with an unknown pattern ${String(pattern)}`);
  }
  const links = Array.isArray(row.evidenceLinks)
    ? row.evidenceLinks.map(link).filter((l) => l !== undefined)
    : [];
  const flagged = [subjectId, ...ids(row.flagged).filter((x) => x !== subjectId)];
  const nodes = [
    ...new Set([
      ...flagged,
      ...ids(row.evidenceNodes),
      ...links.flatMap((l) => [l.from, l.to, ...(l.id ? [l.id] : [])]),
    ]),
  ];
  const details = Object.fromEntries(
    Object.entries(row).filter(([key]) => !(DETECTION_COLUMNS as readonly string[]).includes(key)),
  );
  return {
    pattern: pattern as PatternCode,
    query: queryName,
    subjectId,
    score: typeof score === 'number' && Number.isFinite(score) ? score : 0,
    flagged,
    evidence: { nodes, links },
    details,
  };
}
