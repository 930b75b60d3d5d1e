/**
 * Turns a field spec into the Cypher expression that stores `row.<field>` as the right Neo4j
 * type: dates and date-times become temporal values, points become spatial values, integers
 * become integers (the driver sends JS numbers as floats).
 */
import type { FieldSpec } from '@touchstone/domain';

/** The Cypher expression storing `row[field]` for a field of this spec. Field names come from the model only. */
export function valueExpression(field: string, spec: FieldSpec): string {
  const value = `row.${field}`;
  switch (spec.kind) {
    case 'date':
      return `date(${value})`;
    case 'datetime':
      return `datetime(${value})`;
    case 'point':
      return `point(${value})`;
    case 'integer':
      return `toInteger(${value})`;
    default:
      return value;
  }
}

/** A `SET` list assigning every field (absent ones become null, which removes a stale property). */
export function setClause(variable: string, fields: Readonly<Record<string, FieldSpec>>): string {
  return Object.entries(fields)
    .map(([field, spec]) => `${variable}.${field} = ${valueExpression(field, spec)}`)
    .join(',\n    ');
}
