/**
 * Errors the detection layer raises, worded for the person who typed the parameters: one line,
 * naming the query, the parameter and what was expected. Prefixed with the package name.
 */
import type { ParameterIssue } from '@touchstone/cypher';

/** A failure the caller can act on (unknown query, bad parameter, unreadable ground truth). */
export class DetectionError extends Error {
  constructor(message: string) {
    super(`detection: ${message}`);
    this.name = 'DetectionError';
  }
}

/** Parameter values that a query refuses; `issues` lists each one. */
export class ParameterError extends DetectionError {
  constructor(
    readonly queryName: string,
    readonly issues: readonly ParameterIssue[],
  ) {
    super(`${queryName}: ${issues.map((i) => `${i.parameter} ${i.reason}`).join('; ')}`);
    this.name = 'ParameterError';
  }
}
