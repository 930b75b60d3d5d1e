/**
 * The ground truth of a generated dataset: which pattern instances were planted (and who a
 * correct detector should flag), which look-alikes must not be flagged, and the default
 * detection parameters the query library is to use. Evaluation compares detections with it.
 */
import { readFile } from 'node:fs/promises';
import type { PatternCode } from '@touchstone/domain';

/** A parameter value: numbers, flags, words, or lists of words. */
export type ParameterValue = number | string | boolean | readonly string[];

/** The default parameters of one pattern's detector. */
export type PatternParameters = Readonly<Record<string, ParameterValue>>;

/** How a pattern is detected at default parameters, in words a query author can implement. */
export interface PatternRule {
  /** The exact rule, in terms of the domain's entities, links and properties. */
  rule: string;
  /** What the detector reports as its subject (one entity id per finding). */
  subject: string;
  parameters: PatternParameters;
}

/** A planted instance of a pattern. */
export interface PatternInstance {
  id: string;
  pattern: PatternCode;
  /** The replicated block (world) it lives in. */
  block: number;
  /** The entity a detector should flag. */
  subject: string;
  /** Every entity involved, the subject included. */
  entities: string[];
  /** A size that distinguishes instances: accounts in a cycle, companies at an address, … */
  size: number;
  description: string;
  /** Machine-readable specifics: ordered accounts, transaction ids, years, ratios … */
  details?: Record<string, unknown>;
}

/** A clean look-alike: resembles the pattern but a correct detector must not flag its subject. */
export interface LookAlike {
  id: string;
  pattern: PatternCode;
  block: number;
  subject: string;
  entities: string[];
  why: string;
  details?: Record<string, unknown>;
}

/** The whole ground truth, as written to `ground-truth.json`. */
export interface GroundTruth {
  generator: string;
  generatorVersion: string;
  seed: number;
  scale: number;
  /** The period all dated facts fall in; detectors run over it by default. */
  period: { from: string; to: string };
  /** Data conventions detectors rely on (purposes, units, censoring …). */
  conventions: Record<string, string>;
  /** Default detection parameters per pattern. */
  parameters: Record<PatternCode, PatternParameters>;
  /** The rule and subject of each pattern, with the same parameters. */
  rules: Record<PatternCode, PatternRule>;
  instances: PatternInstance[];
  lookAlikes: LookAlike[];
}

/** Parses ground truth from JSON text, checking its outline. */
export function parseGroundTruth(text: string): GroundTruth {
  const value = JSON.parse(text) as Partial<GroundTruth>;
  const fields = ['parameters', 'rules', 'instances', 'lookAlikes'] as const;
  for (const field of fields) {
    if (typeof value !== 'object' || value === null || value[field] === undefined) {
      throw new Error(`@touchstone/seed: ground truth lacks "${field}"`);
    }
  }
  if (!Array.isArray(value.instances) || !Array.isArray(value.lookAlikes)) {
    throw new Error('@touchstone/seed: ground truth instances and lookAlikes must be lists');
  }
  return value as GroundTruth;
}

/** Reads a `ground-truth.json` file. */
export async function readGroundTruth(file: string): Promise<GroundTruth> {
  return parseGroundTruth(await readFile(file, 'utf8'));
}
