/**
 * A sink that writes JSON Lines as it goes: records are buffered in ~1 MB chunks, written with
 * synchronous appends and hashed on the way, so memory stays flat at any scale and the SHA-256
 * of each file is known when it closes.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { EntityRecord, LinkRecord } from '@touchstone/domain';
import type { DatasetSink } from '../core/sink';
import type { GroundTruth } from '../truth/ground-truth';

const CHUNK = 1 << 20;

/** An append-only text file with a running hash. */
export class HashedFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private parts: string[] = [];
  private pending = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= CHUNK) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset);
  }

  /** Flushes, closes and returns the file's SHA-256 (hex). */
  close(): string {
    this.flush();
    closeSync(this.fd);
    return this.hash.digest('hex');
  }
}

export class JsonlSink implements DatasetSink {
  readonly entities: HashedFile;
  readonly links: HashedFile;
  truth: GroundTruth | undefined;

  constructor(entitiesPath: string, linksPath: string) {
    this.entities = new HashedFile(entitiesPath);
    this.links = new HashedFile(linksPath);
  }

  entity(record: EntityRecord): void {
    this.entities.write(`${JSON.stringify(record)}\n`);
  }

  link(record: LinkRecord): void {
    this.links.write(`${JSON.stringify(record)}\n`);
  }

  groundTruth(truth: GroundTruth): void {
    this.truth = truth;
  }

  flush(): void {
    this.entities.flush();
    this.links.flush();
  }
}
