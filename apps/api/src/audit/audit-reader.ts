/**
 * Reads the audit log for admins: pages of events newest first, filtered by user, operation,
 * case, outcome and time; and a check of the hash chain over a range of events, which reports
 * the first event that was changed, inserted or removed.
 */
import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { int, readTx, toNumber } from '../db/transactions';
import { GENESIS_HASH, findChainBreak, type ChainedAuditEvent } from './audit-hash';

/** Filters of the audit log (all optional, combined with AND). */
export interface AuditFilter {
  user?: string | null;
  operation?: string | null;
  caseId?: string | null;
  outcome?: string | null;
  from?: string | null;
  until?: string | null;
}

const EVENT_FIELDS = `e.seq AS seq, e.id AS id, e.at AS at, e.user AS user, e.role AS role, e.operation AS operation,
  e.caseId AS caseId, e.arguments AS arguments, e.resultSize AS resultSize, e.outcome AS outcome,
  e.errorCode AS errorCode, e.requestId AS requestId, e.prevHash AS prevHash, e.hash AS hash`;

const PAGE = `
MATCH (e:AuditEvent)
WHERE ($before IS NULL OR e.seq < $before)
  AND ($user IS NULL OR e.user = $user)
  AND ($operation IS NULL OR e.operation = $operation)
  AND ($caseId IS NULL OR e.caseId = $caseId)
  AND ($outcome IS NULL OR e.outcome = $outcome)
  AND ($from IS NULL OR e.at >= $from)
  AND ($until IS NULL OR e.at < $until)
RETURN ${EVENT_FIELDS}
ORDER BY e.seq DESC
LIMIT $limit`;

const RANGE = `
MATCH (e:AuditEvent) WHERE e.seq >= $fromSeq AND e.seq < $toSeq
RETURN ${EVENT_FIELDS}
ORDER BY e.seq`;

const BEFORE = `OPTIONAL MATCH (e:AuditEvent {seq: $seq}) RETURN e.hash AS hash`;
const HEAD = `OPTIONAL MATCH (h:AuditHead {id: 'audit'}) RETURN h.seq AS seq, h.hash AS hash`;
const LAST_SEQ = `MATCH (e:AuditEvent) RETURN max(e.seq) AS seq`;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toEvent(r: Neo4jRecord): ChainedAuditEvent {
  return {
    seq: toNumber(r.get('seq')) ?? 0,
    id: String(r.get('id')),
    at: String(r.get('at')),
    user: str(r.get('user')),
    role: str(r.get('role')),
    operation: String(r.get('operation')),
    caseId: str(r.get('caseId')),
    arguments: String(r.get('arguments')),
    resultSize: toNumber(r.get('resultSize')),
    outcome: r.get('outcome') as ChainedAuditEvent['outcome'],
    errorCode: str(r.get('errorCode')),
    requestId: String(r.get('requestId')),
    prevHash: String(r.get('prevHash')),
    hash: String(r.get('hash')),
  };
}

/** One page of events, newest first, and the cursor of the next page. */
export async function readAuditPage(
  driver: Driver,
  filter: AuditFilter,
  limit: number,
  before: number | null,
) {
  const params = {
    before: before === null ? null : int(before),
    user: filter.user ?? null,
    operation: filter.operation ?? null,
    caseId: filter.caseId ?? null,
    outcome: filter.outcome ?? null,
    from: filter.from ?? null,
    until: filter.until ?? null,
    limit: int(limit + 1),
  };
  const events = await readTx(driver, async (tx) => (await tx.run(PAGE, params)).records.map(toEvent));
  const page = events.slice(0, limit);
  return { events: page, nextBefore: events.length > limit ? page[page.length - 1]!.seq : null };
}

/** Result of checking the chain. */
export interface AuditIntegrityReport {
  valid: boolean;
  checked: number;
  headSeq: number;
  headHash: string;
  firstBrokenSeq: number | null;
  problem: string | null;
}

/** Checks `limit` events of the chain from `fromSeq`, and that the head matches the last event. */
export async function checkAuditChain(
  driver: Driver,
  fromSeq: number,
  limit: number,
): Promise<AuditIntegrityReport> {
  return readTx(driver, async (tx) => {
    // Read the last event before the head: both move together in one write, so a head behind an
    // event read earlier can only mean tampering, while events appended meanwhile are harmless.
    const lastSeq = toNumber((await tx.run(LAST_SEQ)).records[0]?.get('seq')) ?? 0;
    const head = (await tx.run(HEAD)).records[0];
    const headSeq = toNumber(head?.get('seq')) ?? 0;
    const headHash = str(head?.get('hash')) ?? GENESIS_HASH;
    const start = Math.max(1, fromSeq);
    const prev =
      start === 1
        ? GENESIS_HASH
        : str((await tx.run(BEFORE, { seq: int(start - 1) })).records[0]?.get('hash'));
    const toSeq = Math.min(start + limit, headSeq + 1);
    const events = (await tx.run(RANGE, { fromSeq: int(start), toSeq: int(toSeq) })).records.map(toEvent);
    const report = (firstBrokenSeq: number | null, problem: string | null) => ({
      valid: firstBrokenSeq === null,
      checked: events.length,
      headSeq,
      headHash,
      firstBrokenSeq,
      problem,
    });
    if (lastSeq > headSeq) return report(headSeq + 1, 'the chain head is behind the last event');
    if (prev === null) return report(start - 1, `event ${start - 1} is missing`);
    const broken = findChainBreak(events, prev, start);
    if (broken) return report(broken.seq, broken.problem);
    if (events.length < toSeq - start)
      return report(start + events.length, `event ${start + events.length} is missing`);
    const last = events[events.length - 1];
    if (toSeq === headSeq + 1 && last && last.hash !== headHash)
      return report(last.seq, 'the chain head does not match the last event');
    return report(null, null);
  });
}
