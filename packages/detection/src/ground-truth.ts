/**
 * The part of a generated data set's `ground-truth.json` that evaluation needs: the planted
 * instances and look-alikes with their subjects, and the default parameters per pattern. Read
 * here rather than from the generator so that running detections never loads the generator.
 */
import { readFile } from 'node:fs/promises';
import { PATTERN_CODES, type PatternCode } from '@touchstone/domain';
import { DetectionError } from './detection-error';

/** A planted instance or a look-alike, as far as evaluation cares. */
export interface TruthEntry {
  id: string;
  pattern: PatternCode;
  subject: string;
}

/** What evaluation reads from a ground-truth file. */
export interface GroundTruthFile {
  seed?: number;
  scale?: number;
  parameters: Partial<Record<PatternCode, Record<string, unknown>>>;
  instances: TruthEntry[];
  lookAlikes: TruthEntry[];
}

function entries(value: unknown, field: string): TruthEntry[] {
  if (!Array.isArray(value)) throw new DetectionError(`ground truth: "${field}" must be a list`);
  return value.map((e: unknown, i) => {
    const entry = e as Partial<TruthEntry>;
    if (typeof entry?.subject !== 'string' || !PATTERN_CODES.includes(entry.pattern as PatternCode)) {
      throw new DetectionError(`ground truth: ${field}[${i}] needs a known pattern and a subject`);
    }
    return {
      id: String(entry.id ?? `${field}-${i}`),
      pattern: entry.pattern as PatternCode,
      subject: entry.subject,
    };
  });
}

/** Parses ground-truth JSON text. */
export function parseGroundTruthFile(text: string): GroundTruthFile {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new DetectionError(`ground truth is not JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null)
    throw new DetectionError('ground truth must be a JSON object');
  return {
    seed: typeof value.seed === 'number' ? value.seed : undefined,
    scale: typeof value.scale === 'number' ? value.scale : undefined,
    parameters: (value.parameters ?? {}) as GroundTruthFile['parameters'],
    instances: entries(value.instances, 'instances'),
    lookAlikes: entries(value.lookAlikes, 'lookAlikes'),
  };
}

/** Reads a `ground-truth.json` file. */
export async function readGroundTruthFile(file: string): Promise<GroundTruthFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new DetectionError(
      `cannot read the ground truth ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  return parseGroundTruthFile(text);
}
