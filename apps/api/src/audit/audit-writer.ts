/**
 * Appends audit events to Neo4j, in order, as a hash chain. Events from concurrent requests are
 * grouped: while one batch is being committed the next ones queue, and each batch is one write
 * transaction that locks the chain head, so the chain never forks — across API processes too —
 * and audit costs one commit per batch rather than per request. A request waits for its event's
 * commit and fails if it fails.
 */
import type { Driver } from 'neo4j-driver';
import { int, toNumber, writeTx } from '../db/transactions';
import { GENESIS_HASH, chainEvents, type AuditEventFields } from './audit-hash';

/** An event before it is numbered and chained. */
export type PendingAuditEvent = Omit<AuditEventFields, 'seq'>;

const LOCK_HEAD = `
MERGE (h:AuditHead {id: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = $genesis
SET h.touchedAt = timestamp()
RETURN h.seq AS seq, h.hash AS hash`;

const APPEND = `
UNWIND $events AS e
CREATE (a:AuditEvent)
SET a = e`;

const MOVE_HEAD = `MATCH (h:AuditHead {id: 'audit'}) SET h.seq = $seq, h.hash = $hash`;

interface Waiting {
  event: PendingAuditEvent;
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** The single writer of the audit chain of one API process. */
export class AuditWriter {
  private queue: Waiting[] = [];
  private flushing = false;

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

  private write(events: PendingAuditEvent[]): Promise<void> {
    return writeTx(this.driver, async (tx) => {
      const head = (await tx.run(LOCK_HEAD, { genesis: GENESIS_HASH })).records[0];
      if (!head) throw new Error('audit: the chain head could not be locked');
      const chained = chainEvents(
        { seq: toNumber(head.get('seq')) ?? 0, hash: String(head.get('hash')) },
        events,
      );
      const last = chained[chained.length - 1]!;
      // Null properties are not stored; readers restore them as null before checking hashes.
      const rows = chained.map((e) =>
        Object.fromEntries(
          Object.entries({
            ...e,
            seq: int(e.seq),
            resultSize: e.resultSize === null ? null : int(e.resultSize),
          }).filter(([, v]) => v !== null),
        ),
      );
      await tx.run(APPEND, { events: rows });
      await tx.run(MOVE_HEAD, { seq: int(last.seq), hash: last.hash });
    });
  }
}
