/**
 * A block is one replicated world: its own random streams, id counters, documents and registry.
 * Every generation step receives the block and nothing else, so blocks are independent and a
 * block's output depends only on (seed, block number).
 */
import { Documents } from '../core/documents';
import { Emitter } from '../core/emitter';
import { IdFactory } from '../core/ids';
import { Rng } from '../core/rng';
import type { DatasetCounts, DatasetSink } from '../core/sink';
import type { TruthRecorder } from '../truth/recorder';
import { newWorld, type World } from './registry';

export interface Block {
  index: number;
  rng: Rng;
  emit: Emitter;
  docs: Documents;
  truth: TruthRecorder;
  world: World;
}

export function openBlock(
  seed: number,
  index: number,
  sink: DatasetSink,
  counts: DatasetCounts,
  truth: TruthRecorder,
): Block {
  const rng = new Rng(`touchstone/${seed}/${index}`);
  const emit = new Emitter(sink, new IdFactory(index), counts);
  truth.block = index;
  return { index, rng, emit, docs: new Documents(emit, rng.fork('documents')), truth, world: newWorld() };
}
