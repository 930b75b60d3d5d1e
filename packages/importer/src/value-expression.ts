/**
 * Turns a field spec into the Cypher expression that stores a row value as the right Neo4j type:
 * dates and date-times become temporal values, points become spatial values, integers become
 * integers (the driver sends JS numbers as floats).
 */
import type { FieldSpec } from '@touchstone/domain';
import type { RowLayout } from './row-layout';

/** The Cypher expression storing the value at `source` (e.g. `row[3]`) for a field of this spec. */
export function valueExpression(source: string, spec: FieldSpec): string {
  switch (spec.kind) {
    case 'date':
      return `date(${source})`;
    case 'datetime':
      return `datetime(${source})`;
    case 'point':
      return `point(${source})`;
    case 'integer':
      return `toInteger(${source})`;
    default:
      return source;
  }
}

/**
 * `variable.field = <value>` for the layout's fields that `include` accepts, comma-separated.
 * Field names come from the model only, never from input.
 */
export function assignments(variable: string, layout: RowLayout, include: (field: number) => boolean = () => true): string {
  const first = layout.keys.length;
  return layout.fields
    .flatMap(([field, spec], i) => (include(i) ? [`${variable}.${field} = ${valueExpression(`row[${first + i}]`, spec)}`] : []))
    .join(',\n    ');
}
