/**
 * Where generated records go. The generator never holds the dataset: each record is handed to
 * the sink as soon as it exists, and `flush` is awaited after each block so a sink can write
 * (or import) in batches while memory stays flat.
 */
import type { EntityRecord, LinkRecord } from '@touchstone/domain';
import type { GroundTruth } from '../truth/ground-truth';

/** Receives the records of a generated dataset. */
export interface DatasetSink {
  entity(record: EntityRecord): void;
  link(record: LinkRecord): void;
  /** Called once, after the last block. */
  groundTruth(truth: GroundTruth): void | Promise<void>;
  /** Called after each block. */
  flush?(): void | Promise<void>;
}

/** Record counts by entity type and by link type. */
export interface DatasetCounts {
  entities: Record<string, number>;
  links: Record<string, number>;
}

/** A sink that keeps everything in memory (for tests and small scales). */
export class MemorySink implements DatasetSink {
  readonly entities: EntityRecord[] = [];
  readonly links: LinkRecord[] = [];
  truth: GroundTruth | undefined;

  entity(record: EntityRecord): void {
    this.entities.push(record);
  }

  link(record: LinkRecord): void {
    this.links.push(record);
  }

  groundTruth(truth: GroundTruth): void {
    this.truth = truth;
  }
}
