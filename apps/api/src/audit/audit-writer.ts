/**
 * Appends audit events to Neo4j, in order, as a hash chain. Events from concurrent requests are
 * grouped: while one batch is being committed the next ones queue, and each batch is one write
 * transaction that locks the chain head, so the chain never forks — across API processes too —
 * and audit costs one commit per batch rather than per request. The writer remembers where it
 * left the head, so a batch is usually one statement, run as its own transaction. A request
 * waits for its event's commit and fails if it fails.
 */
import { defaultDatabase } from '@touchstone/neo4j';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { STORE_TX_TIMEOUT_MS, int, toNumber, writeTx } from '../db/transactions';
import { GENESIS_HASH, chainEvents, type AuditEventFields, type ChainedAuditEvent } from './audit-hash';

/** An event before it is numbered and chained. */
export type PendingAuditEvent = Omit<AuditEventFields, 'seq'>;

const LOCK_HEAD = `
MERGE (h:AuditHead {id: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = $genesis
SET h.touchedAt = timestamp()
RETURN h.seq AS seq, h.hash AS hash`;

// Locks the head (the first SET), and only if it is still where this process last left it
// appends the batch and moves the head: in the usual case a commit is this one statement. When
// another process moved the head, nothing is written and the batch is chained afresh.
const APPEND_IF_HEAD = `
MATCH (h:AuditHead {id: 'audit'})
SET h.touchedAt = timestamp()
WITH h
WHERE h.seq = $expectedSeq AND h.hash = $expectedHash
SET h.seq = $seq, h.hash = $hash
WITH h
UNWIND $events AS e
CREATE (a:AuditEvent)
SET a = e
RETURN count(*) AS appended`;

/** A transaction, or a session running one statement as its own transaction. */
type Runner = Pick<ManagedTransaction, 'run'>;

/** Where the chain ends. */
interface Head {
  seq: number;
  hash: string;
}

interface Waiting {
  event: PendingAuditEvent;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** The single writer of the audit chain of one API process. */
export class AuditWriter {
  private queue: Waiting[] = [];
  private flushing = false;
  /** The head as this process last committed it; unknown at start and after a failed commit. */
  private head: Head | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly maxBatch = 200,
  ) {}

  /** Appends an event; resolves once it is committed. */
  append(event: PendingAuditEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ event, resolve, reject });
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.write(batch.map((w) => w.event));
          for (const w of batch) w.resolve();
        } catch (e) {
          for (const w of batch) w.reject(e);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(events: PendingAuditEvent[]): Promise<void> {
    const known = this.head;
    this.head = null;
    // The usual case is one statement, run as an auto-commit transaction: it is as atomic as a
    // managed one, without the BEGIN and COMMIT messages that cost as much as the append.
    const appended = known && (await this.appendAlone(known, events));
    this.head =
      appended ||
      (await writeTx(this.driver, async (tx) => {
        const locked = (await tx.run(LOCK_HEAD, { genesis: GENESIS_HASH })).records[0];
        if (!locked) throw new Error('audit: the chain head could not be locked');
        const head = { seq: toNumber(locked.get('seq')) ?? 0, hash: String(locked.get('hash')) };
        const end = await appendAfter(tx, head, events);
        if (!end) throw new Error('audit: the chain head moved while it was locked');
        return end;
      }));
  }

  private async appendAlone(head: Head, events: PendingAuditEvent[]): Promise<Head | null> {
    const session = this.driver.session({ database: defaultDatabase(), defaultAccessMode: 'WRITE' });
    try {
      const run: Runner['run'] = (query, params) =>
        session.run(query, params, { timeout: STORE_TX_TIMEOUT_MS });
      return await appendAfter({ run }, head, events);
    } finally {
      await session.close();
    }
  }
}

/** Chains `events` after `head` and appends them if the stored head is still there; the new head, or null. */
async function appendAfter(tx: Runner, head: Head, events: PendingAuditEvent[]): Promise<Head | null> {
  const chained = chainEvents(head, events);
  const end = chained[chained.length - 1]!;
  const result = await tx.run(APPEND_IF_HEAD, {
    expectedSeq: int(head.seq),
    expectedHash: head.hash,
    events: storedRows(chained),
    seq: int(end.seq),
    hash: end.hash,
  });
  return toNumber(result.records[0]?.get('appended')) === chained.length
    ? { seq: end.seq, hash: end.hash }
    : null;
}

/** Events as stored: null properties are not stored; readers restore them as null before checking hashes. */
function storedRows(chained: readonly ChainedAuditEvent[]): Record<string, unknown>[] {
  return chained.map((e) =>
    Object.fromEntries(
      Object.entries({
        ...e,
        seq: int(e.seq),
        resultSize: e.resultSize === null ? null : int(e.resultSize),
      }).filter(([, v]) => v !== null),
    ),
  );
}
