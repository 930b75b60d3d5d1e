/**
 * Turns a caller's parameter values into the values a query runs with: unknown names refused,
 * required ones demanded, each checked against its type and bounds, defaults filled in. All
 * problems are returned together.
 */
import { checkParameterValue } from './check-value';
import type { CannedQuery } from './parse-query-file';
import type { ParameterValue } from './parameter-types';

/** One reason a parameter value was refused. */
export interface ParameterIssue {
  parameter: string;
  reason: string;
}

/** The values to run with, or why they cannot be used. */
export type ResolvedParameters =
  { ok: true; values: Record<string, ParameterValue> } | { ok: false; issues: ParameterIssue[] };

/** Checks `given` against the query's declared parameters and applies defaults. */
export function resolveParameters(
  query: CannedQuery,
  given: Readonly<Record<string, unknown>>,
): ResolvedParameters {
  const issues: ParameterIssue[] = [];
  const values: Record<string, ParameterValue> = {};
  for (const name of Object.keys(given)) {
    if (!query.parameters.some((p) => p.name === name)) {
      const known = query.parameters.map((p) => p.name).join(', ') || 'none';
      issues.push({
        parameter: name.slice(0, 100),
        reason: `is not a parameter of ${query.name} (its parameters: ${known})`,
      });
    }
  }
  for (const p of query.parameters) {
    const value = Object.hasOwn(given, p.name) ? given[p.name] : undefined;
    if (value === undefined || value === null) {
      if (p.required) issues.push({ parameter: p.name, reason: `is required (${p.description})` });
      else values[p.name] = p.default ?? null;
      continue;
    }
    const problem = checkParameterValue(p, value);
    if (problem) issues.push({ parameter: p.name, reason: problem });
    else values[p.name] = value as ParameterValue;
  }
  return issues.length ? { ok: false, issues } : { ok: true, values };
}
