/**
 * Readable, deterministic ids: `per-b0-000123` is the 123rd person of block 0. The block number
 * keeps the replicated worlds of `scale N` apart; the counter makes ids follow creation order.
 */
import { ENTITY_TYPES, type EntityTypeName } from '@touchstone/domain';

export class IdFactory {
  private readonly counters = new Map<string, number>();

  constructor(readonly block: number) {}

  /** The next id of an entity type. */
  next(type: EntityTypeName): string {
    const prefix = ENTITY_TYPES[type].idPrefix;
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}-b${this.block}-${String(n).padStart(6, '0')}`;
  }

  /** An id named by a natural key, for reference entities such as countries (`ctry-b0-PE`). */
  named(type: EntityTypeName, key: string): string {
    return `${ENTITY_TYPES[type].idPrefix}-b${this.block}-${key}`;
  }

  /** The next link id. */
  link(): string {
    const n = (this.counters.get('lnk') ?? 0) + 1;
    this.counters.set('lnk', n);
    return `lnk-b${this.block}-${String(n).padStart(7, '0')}`;
  }
}
