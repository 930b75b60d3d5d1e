/**
 * Collects planted instances and look-alikes as the blocks are generated. Ids are readable
 * (`MONEY_CYCLE-b0-2`, `MONEY_CYCLE-b0-L1`) and numbered per pattern within a block.
 */
import type { PatternCode } from '@touchstone/domain';
import type { LookAlike, PatternInstance } from './ground-truth';

type InstanceInput = Omit<PatternInstance, 'id' | 'pattern' | 'block'>;
type LookAlikeInput = Omit<LookAlike, 'id' | 'pattern' | 'block'>;

export class TruthRecorder {
  readonly instances: PatternInstance[] = [];
  readonly lookAlikes: LookAlike[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(public block = 0) {}

  private number(key: string): number {
    const n = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, n);
    return n;
  }

  /** Records a planted instance; the subject is always among the entities. */
  instance(pattern: PatternCode, input: InstanceInput): void {
    const n = this.number(`${this.block}:${pattern}`);
    const entities = [...new Set([input.subject, ...input.entities])];
    this.instances.push({
      id: `${pattern}-b${this.block}-${n}`,
      pattern,
      block: this.block,
      ...input,
      entities,
    });
  }

  /** Records a look-alike that a correct detector must not flag. */
  lookAlike(pattern: PatternCode, input: LookAlikeInput): void {
    const n = this.number(`${this.block}:${pattern}:L`);
    const entities = [...new Set([input.subject, ...input.entities])];
    this.lookAlikes.push({
      id: `${pattern}-b${this.block}-L${n}`,
      pattern,
      block: this.block,
      ...input,
      entities,
    });
  }
}
