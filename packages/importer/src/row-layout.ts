/**
 * The compact row a record travels to Neo4j in: a list holding the record's keys (`id`, and for
 * links `from` and `to`), then every property of its type in field-set order, null where absent.
 * A list instead of a map spares the driver and the server encoding and decoding every property
 * name of every record, which was most of the importer's own CPU time.
 */
import { entityFieldSet, linkFieldSet, type EntityTypeName, type FieldSpec, type LinkTypeName } from '@touchstone/domain';

/** Where each value of a type's rows sits. */
export interface RowLayout {
  /** The record's own keys, first in the row. */
  readonly keys: readonly string[];
  /** The type's properties with their specs, after the keys. */
  readonly fields: readonly (readonly [name: string, spec: FieldSpec])[];
}

const ENTITY_KEYS = ['id'] as const;
const LINK_KEYS = ['id', 'from', 'to'] as const;
const entityLayouts = new Map<string, RowLayout>();
const linkLayouts = new Map<string, RowLayout>();

/** The row layout of an entity type: `[id, ...fields]`. */
export function entityRowLayout(type: EntityTypeName): RowLayout {
  let layout = entityLayouts.get(type);
  if (!layout) entityLayouts.set(type, (layout = { keys: ENTITY_KEYS, fields: Object.entries(entityFieldSet(type)) }));
  return layout;
}

/** The row layout of a link type: `[id, from, to, ...fields]`. */
export function linkRowLayout(type: LinkTypeName): RowLayout {
  let layout = linkLayouts.get(type);
  if (!layout) linkLayouts.set(type, (layout = { keys: LINK_KEYS, fields: Object.entries(linkFieldSet(type)) }));
  return layout;
}

/** The position of a key or property in rows of this layout, or -1. */
export function columnOf(layout: RowLayout, name: string): number {
  const key = layout.keys.indexOf(name);
  if (key >= 0) return key;
  const field = layout.fields.findIndex(([f]) => f === name);
  return field < 0 ? -1 : layout.keys.length + field;
}

/**
 * The row of a validated record. `present[i]` is set when field `i` has a value, so a batch knows
 * which properties none of its records carry.
 */
export function toRow(record: Readonly<Record<string, unknown>>, layout: RowLayout, present: boolean[]): unknown[] {
  const row: unknown[] = [];
  for (const key of layout.keys) row.push(record[key]);
  const { fields } = layout;
  for (let i = 0; i < fields.length; i++) {
    const value = record[fields[i]![0]];
    if (value === undefined || value === null) row.push(null);
    else {
      row.push(value);
      present[i] = true;
    }
  }
  return row;
}
