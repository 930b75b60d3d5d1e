/**
 * The `AuditLog` of one request: stamps each entry with an id, the time, the user and the
 * request id, makes its arguments canonical JSON (clipped to a bounded size), and hands it to
 * the process's audit writer.
 */
import { randomUUID } from 'node:crypto';
import type { ApiUser, AuditEntry, AuditLog } from '../context';
import { canonicalJson } from './audit-hash';
import type { AuditWriter } from './audit-writer';

/** Longest arguments text kept in an audit event. */
export const MAX_AUDIT_ARGUMENTS_LENGTH = 20_000;

/** Arguments as stored: canonical JSON, replaced by a note with its length when too long. */
export function auditArgumentsText(args: Record<string, unknown>): string {
  const text = canonicalJson(args);
  if (text.length <= MAX_AUDIT_ARGUMENTS_LENGTH) return text;
  return canonicalJson({
    clipped: true,
    length: text.length,
    start: text.slice(0, MAX_AUDIT_ARGUMENTS_LENGTH - 200),
  });
}

/** An audit log writing through `writer` for the request `requestId`. */
export function requestAuditLog(
  writer: AuditWriter,
  requestId: string,
  now: () => Date = () => new Date(),
): AuditLog {
  return {
    record(user: ApiUser | null, entry: AuditEntry): Promise<void> {
      return writer.append({
        id: randomUUID(),
        at: now().toISOString(),
        user: user?.name ?? null,
        role: user?.role ?? null,
        operation: entry.operation,
        caseId: entry.caseId ?? null,
        arguments: auditArgumentsText(entry.arguments ?? {}),
        resultSize:
          typeof entry.resultSize === 'number' && Number.isFinite(entry.resultSize)
            ? Math.trunc(entry.resultSize)
            : null,
        outcome: entry.outcome,
        errorCode: entry.errorCode ?? null,
        requestId,
      });
    },
  };
}
