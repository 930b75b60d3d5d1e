/**
 * The peer: the LOAD CSV … CALL { } IN TRANSACTIONS statements a Neo4j user would write for the
 * same data, with the same MERGE-on-id semantics and the same type conversions as the importer.
 */
import { ENTITY_TYPES, LINK_TYPES, entityFieldSet, linkFieldSet, type EntityTypeName, type FieldSpec, type LinkTypeName } from '@touchstone/domain';

function fromCsv(name: string, spec: FieldSpec): string {
  const v = `row.${name}`;
  switch (spec.kind) {
    case 'date':
      return `date(${v})`;
    case 'datetime':
      return `datetime(${v})`;
    case 'integer':
      return `toInteger(${v})`;
    case 'number':
      return `toFloat(${v})`;
    case 'boolean':
      return `toBoolean(${v})`;
    case 'point':
      return `CASE WHEN row.${name}Lat IS NULL THEN null ELSE point({latitude: toFloat(row.${name}Lat), longitude: toFloat(row.${name}Lon)}) END`;
    case 'strings':
    case 'enums':
      return `split(${v}, '|')`;
    case 'numbers':
      return `[x IN split(${v}, '|') | toFloat(x)]`;
    default:
      return v;
  }
}

function sets(variable: string, fields: Readonly<Record<string, FieldSpec>>): string {
  return Object.entries(fields)
    .map(([name, spec]) => `${variable}.${name} = ${fromCsv(name, spec)}`)
    .join(', ');
}

/** LOAD CSV for one entity type's file. */
export function loadEntitiesCsv(type: EntityTypeName, file: string, batch: number): string {
  const labels = ENTITY_TYPES[type].labels.map((l) => `:${l}`).join('');
  return `LOAD CSV WITH HEADERS FROM 'file://${file}' AS row
CALL (row) { MERGE (n:Entity${labels} {id: row.id}) SET ${sets('n', entityFieldSet(type))} } IN TRANSACTIONS OF ${batch} ROWS`;
}

/** LOAD CSV for one link type's file. */
export function loadLinksCsv(type: LinkTypeName, file: string, batch: number): string {
  return `LOAD CSV WITH HEADERS FROM 'file://${file}' AS row
CALL (row) { MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
  MERGE (a)-[r:${LINK_TYPES[type].type} {id: row.id}]->(b) SET ${sets('r', linkFieldSet(type))} } IN TRANSACTIONS OF ${batch} ROWS`;
}
