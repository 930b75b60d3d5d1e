/**
 * Generates a dataset in memory once per test file and builds its graph view.
 */
import { generateDataset, MemorySink } from '@touchstone/seed';
import { buildGraph, type Graph } from './graph';

const cache = new Map<string, Promise<{ sink: MemorySink; graph: Graph }>>();

export function dataset(seed = 42, scale = 1): Promise<{ sink: MemorySink; graph: Graph }> {
  const key = `${seed}:${scale}`;
  let p = cache.get(key);
  if (!p) {
    p = (async () => {
      const sink = new MemorySink();
      await generateDataset({ seed, scale, sink });
      return { sink, graph: buildGraph(sink) };
    })();
    cache.set(key, p);
  }
  return p;
}
