/**
 * Validation of entity and link records: known type, well-formed id, every property known and
 * of the right kind, link endpoints of allowed types, provenance on every fact link. All issues
 * of a record are reported at once so a user can fix a file in one pass.
 */
import { ENTITY_TYPES, isEntityType } from './entity-types';
import { entityFieldSet, linkFieldSet } from './field-sets';
import type { FieldSet } from './fields';
import { ID_PATTERN, entityTypeOfId } from './ids';
import { LINK_TYPES, isLinkType, type LinkTypeSpec } from './link-types';
import { ENTITY_KEYS, LINK_KEYS, type EntityRecord, type LinkRecord, type Validation, type ValidationIssue } from './records';
import { checkValue } from './validate-value';

function checkProperties(record: Record<string, unknown>, fields: FieldSet, ownKeys: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [field, spec] of Object.entries(fields)) {
    const problem = checkValue(record[field], spec);
    if (problem) issues.push({ field, reason: problem });
  }
  for (const key of Object.keys(record)) {
    if (!ownKeys.includes(key) && !Object.hasOwn(fields, key)) issues.push({ field: key, reason: 'is not a known property' });
  }
  return issues;
}

function checkId(value: unknown, field: string): ValidationIssue | undefined {
  if (typeof value !== 'string') return { field, reason: 'is required and must be text' };
  if (!ID_PATTERN.test(value)) return { field, reason: `"${value.slice(0, 40)}" is not a valid id (prefix-name)` };
  return undefined;
}

function asObject(input: unknown): Record<string, unknown> | undefined {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : undefined;
}

/** Validates an entity record. */
export function validateEntity(input: unknown): Validation<EntityRecord> {
  const record = asObject(input);
  if (!record) return { ok: false, issues: [{ field: '(record)', reason: 'must be an object' }] };
  const type = record.type;
  if (typeof type !== 'string' || !isEntityType(type)) {
    return { ok: false, issues: [{ field: 'type', reason: `unknown entity type ${JSON.stringify(type)}` }] };
  }
  const spec = ENTITY_TYPES[type];
  const issues: ValidationIssue[] = [];
  const idIssue = checkId(record.id, 'id');
  if (idIssue) issues.push(idIssue);
  else if (entityTypeOfId(record.id as string) !== type) {
    issues.push({ field: 'id', reason: `a ${type} id must start with "${spec.idPrefix}-"` });
  }
  issues.push(...checkProperties(record, entityFieldSet(type), ENTITY_KEYS));
  return issues.length ? { ok: false, issues } : { ok: true, record: record as EntityRecord };
}

function checkEndpoint(id: unknown, field: 'from' | 'to', spec: LinkTypeSpec): ValidationIssue | undefined {
  const idIssue = checkId(id, field);
  if (idIssue) return idIssue;
  const type = entityTypeOfId(id as string);
  if (!type) return { field, reason: `"${id}" does not name a known entity type by its prefix` };
  const allowed = spec[field];
  const labels = ['Entity', ...ENTITY_TYPES[type].labels];
  if (!labels.some((l) => allowed.includes(l))) {
    return { field, reason: `a ${spec.type} link cannot ${field === 'from' ? 'start at' : 'end at'} a ${type}` };
  }
  return undefined;
}

/** Validates a link record, including its endpoints' types and, for fact links, its provenance. */
export function validateLink(input: unknown): Validation<LinkRecord> {
  const record = asObject(input);
  if (!record) return { ok: false, issues: [{ field: '(record)', reason: 'must be an object' }] };
  const type = record.type;
  if (typeof type !== 'string' || !isLinkType(type)) {
    return { ok: false, issues: [{ field: 'type', reason: `unknown link type ${JSON.stringify(type)}` }] };
  }
  const spec: LinkTypeSpec = LINK_TYPES[type];
  const issues: ValidationIssue[] = [];
  const idIssue = checkId(record.id, 'id');
  if (idIssue) issues.push(idIssue);
  for (const end of ['from', 'to'] as const) {
    const problem = checkEndpoint(record[end], end, spec);
    if (problem) issues.push(problem);
  }
  issues.push(...checkProperties(record, linkFieldSet(type), LINK_KEYS));
  return issues.length ? { ok: false, issues } : { ok: true, record: record as LinkRecord };
}

/** Validates a record of either kind: records with `from` and `to` are links. */
export function validateRecord(input: unknown): Validation<EntityRecord | LinkRecord> {
  const record = asObject(input);
  return record && 'from' in record && 'to' in record ? validateLink(record) : validateEntity(input);
}
