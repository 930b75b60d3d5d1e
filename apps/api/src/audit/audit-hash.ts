/**
 * The audit log's hash chain: each event's hash covers its own content and the previous event's
 * hash, so changing, inserting or deleting any event breaks every hash after it. Canonical JSON
 * (sorted keys, no whitespace) makes the hash independent of property order in the database.
 */
import { createHash } from 'node:crypto';

/** The `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The hashed content of one audit event. */
export interface AuditEventFields {
  seq: number;
  id: string;
  /** ISO 8601 UTC instant with milliseconds, as produced by `Date#toISOString`. */
  at: string;
  user: string | null;
  role: string | null;
  operation: string;
  caseId: string | null;
  /** Canonical JSON of the audited arguments. */
  arguments: string;
  resultSize: number | null;
  outcome: 'SUCCESS' | 'FAILURE' | 'DENIED';
  errorCode: string | null;
  requestId: string;
}

/** A stored audit event: its fields and its place in the chain. */
export interface ChainedAuditEvent extends AuditEventFields {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every level and no whitespace. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of an event chained after `prevHash` (SHA-256, hex). */
export function hashEvent(prevHash: string, fields: AuditEventFields): string {
  const content: AuditEventFields = {
    seq: fields.seq,
    id: fields.id,
    at: fields.at,
    user: fields.user ?? null,
    role: fields.role ?? null,
    operation: fields.operation,
    caseId: fields.caseId ?? null,
    arguments: fields.arguments,
    resultSize: fields.resultSize ?? null,
    outcome: fields.outcome,
    errorCode: fields.errorCode ?? null,
    requestId: fields.requestId,
  };
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/** Chains events after the head (`seq`, `hash`): numbers them and computes their hashes in order. */
export function chainEvents(
  head: { seq: number; hash: string },
  events: readonly Omit<AuditEventFields, 'seq'>[],
): ChainedAuditEvent[] {
  let { seq, hash } = head;
  return events.map((event) => {
    seq += 1;
    const fields = { ...event, seq };
    const chained = { ...fields, prevHash: hash, hash: hashEvent(hash, fields) };
    hash = chained.hash;
    return chained;
  });
}

/** Where a sequence of stored events stops matching its chain (null when it matches). */
export function findChainBreak(
  events: readonly ChainedAuditEvent[],
  expectedPrevHash: string,
  expectedFirstSeq: number,
): { seq: number; problem: string } | null {
  let prev = expectedPrevHash;
  let seq = expectedFirstSeq;
  for (const event of events) {
    if (event.seq !== seq) return { seq, problem: `event ${seq} is missing (found ${event.seq} next)` };
    if (event.prevHash !== prev)
      return { seq: event.seq, problem: `event ${event.seq} does not follow the event before it` };
    if (hashEvent(event.prevHash, event) !== event.hash)
      return { seq: event.seq, problem: `event ${event.seq} was changed after it was written` };
    prev = event.hash;
    seq += 1;
  }
  return null;
}
