/**
 * Hierarchical layout for ownership and control: each entity's layer is the longest chain of
 * OWNS / DIRECTOR_OF / MEMBER_OF links above it, so owners, directors and members sit above what
 * they own, run or belong to. Entities outside those chains hang below their nearest placed
 * neighbour (or below the selection); disconnected parts sit side by side.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { centreOf, SPACING, type Positions } from './layout-scope';

/** Links drawn top (source) to bottom (target). */
export const CONTROL_LINKS: ReadonlySet<string> = new Set(['OWNS', 'DIRECTOR_OF', 'MEMBER_OF']);

const NODE_GAP = SPACING * 2;
const ROW_GAP = SPACING * 2;
const LAYER_GAP = SPACING * 4;

function neighboursWithin(graph: ChartGraph, key: string, scope: ReadonlySet<string>): string[] {
  return [...new Set(graph.neighbors(key))].filter((n) => scope.has(n) && n !== key);
}

/** The layer of each entity in scope (0 = top). `anchors` seed the parts with no control links. */
export function hierarchyLayers(graph: ChartGraph, movable: readonly string[], anchors: readonly string[] = []): Map<string, number> {
  const scope = new Set(movable);
  const children = new Map<string, Set<string>>();
  const hasParent = new Set<string>();
  graph.forEachEdge((_e, a, source, target) => {
    if (!CONTROL_LINKS.has(a.linkType) || !scope.has(source) || !scope.has(target) || source === target) return;
    if (!children.has(source)) children.set(source, new Set());
    children.get(source)!.add(target);
    hasParent.add(target);
  });
  const inHierarchy = new Set([...children.keys(), ...hasParent]);

  // Depth-first from the roots; a link back to an entity on the current path closes a cycle
  // (circular ownership) and is left out so the rest can be layered.
  const dag = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (root: string) => {
    const stack: { key: string; next: string[] }[] = [{ key: root, next: [...(children.get(root) ?? [])] }];
    state.set(root, 'open');
    dag.set(root, []);
    while (stack.length) {
      const top = stack.at(-1)!;
      const child = top.next.shift();
      if (child === undefined) {
        state.set(top.key, 'done');
        stack.pop();
        continue;
      }
      if (state.get(child) === 'open') continue;
      dag.get(top.key)!.push(child);
      if (!state.has(child)) {
        state.set(child, 'open');
        dag.set(child, []);
        stack.push({ key: child, next: [...(children.get(child) ?? [])] });
      }
    }
  };
  const ordered = [...inHierarchy];
  for (const key of ordered) if (!hasParent.has(key) && !state.has(key)) visit(key);
  for (const key of ordered) if (!state.has(key)) visit(key);

  // Longest path from the roots, in topological order (Kahn).
  const layers = new Map<string, number>();
  const indegree = new Map<string, number>(ordered.map((k) => [k, 0]));
  for (const targets of dag.values()) for (const t of targets) indegree.set(t, indegree.get(t)! + 1);
  const queue = ordered.filter((k) => indegree.get(k) === 0);
  for (const k of queue) layers.set(k, 0);
  while (queue.length) {
    const key = queue.shift()!;
    for (const t of dag.get(key) ?? []) {
      layers.set(t, Math.max(layers.get(t) ?? 0, layers.get(key)! + 1));
      indegree.set(t, indegree.get(t)! - 1);
      if (indegree.get(t) === 0) queue.push(t);
    }
  }

  // The rest: breadth-first over any link, one layer below the entity they were reached from.
  const bfs = (seeds: string[]) => {
    const frontier = [...seeds];
    while (frontier.length) {
      const key = frontier.shift()!;
      for (const n of neighboursWithin(graph, key, scope)) {
        if (layers.has(n)) continue;
        layers.set(n, layers.get(key)! + 1);
        frontier.push(n);
      }
    }
  };
  bfs([...layers.keys()]);
  const anchorSet = new Set(anchors);
  for (const key of movable) {
    if (layers.has(key)) continue;
    // A part with no control links starts at a selected entity in it, else at its busiest one.
    const part = componentOf(graph, key, scope);
    const seed = part.find((k) => anchorSet.has(k)) ?? part.reduce((best, k) => (graph.degree(k) > graph.degree(best) ? k : best), part[0]!);
    layers.set(seed, 0);
    bfs([seed]);
  }
  return layers;
}

function componentOf(graph: ChartGraph, start: string, scope: ReadonlySet<string>): string[] {
  const seen = new Set([start]);
  const frontier = [start];
  while (frontier.length) {
    for (const n of neighboursWithin(graph, frontier.shift()!, scope)) {
      if (seen.has(n)) continue;
      seen.add(n);
      frontier.push(n);
    }
  }
  return [...seen];
}

/** Positions: layers top to bottom, parts left to right, each layer ordered under its parents. */
export function hierarchicalLayout(graph: ChartGraph, movable: readonly string[], anchors: readonly string[] = []): Positions {
  const positions: Positions = new Map();
  if (movable.length === 0) return positions;
  const scope = new Set(movable);
  const layers = hierarchyLayers(graph, movable, anchors);
  const centre = centreOf(graph, movable);
  const done = new Set<string>();
  const parts: string[][] = [];
  for (const key of movable) {
    if (done.has(key)) continue;
    const part = componentOf(graph, key, scope);
    part.forEach((k) => done.add(k));
    parts.push(part);
  }
  parts.sort((a, b) => b.length - a.length);

  let left = 0;
  const placed: Positions = new Map();
  for (const part of parts) {
    const rows: string[][] = [];
    for (const key of part) (rows[layers.get(key)!] ??= []).push(key);
    // Barycentre ordering: each entity goes under the mean place of its neighbours above.
    const index = new Map<string, number>();
    rows.forEach((row, depth) => {
      if (!row) return;
      if (depth > 0) {
        const weight = (k: string, i: number) => {
          const above = neighboursWithin(graph, k, scope).filter((n) => index.has(n) && layers.get(n)! < depth);
          return above.length ? above.reduce((s, n) => s + index.get(n)!, 0) / above.length : i - (row.length - 1) / 2;
        };
        const w = new Map(row.map((k, i) => [k, weight(k, i)]));
        row.sort((a, b) => w.get(a)! - w.get(b)!);
      }
      row.forEach((k, i) => index.set(k, i - (row.length - 1) / 2));
    });
    // A crowded layer wraps onto several rows so the drawing keeps a readable shape.
    const perRow = Math.max(8, Math.ceil(Math.sqrt(part.length) * 2));
    const width = Math.min(perRow, Math.max(...Array.from(rows, (r) => r?.length ?? 0))) * NODE_GAP;
    let top = 0;
    rows.forEach((row) => {
      if (!row) return;
      const wraps = Math.ceil(row.length / perRow);
      row.forEach((k, i) => {
        const line = Math.floor(i / perRow);
        const inLine = Math.min(perRow, row.length - line * perRow);
        const x = left + width / 2 + ((i % perRow) - (inLine - 1) / 2) * NODE_GAP;
        placed.set(k, { x, y: top - line * ROW_GAP });
      });
      top -= (wraps - 1) * ROW_GAP + LAYER_GAP;
    });
    left += width + NODE_GAP * 2;
  }
  // Centre the drawing where the entities were.
  const xs = [...placed.values()].map((p) => p.x);
  const ys = [...placed.values()].map((p) => p.y);
  const dx = centre.x - (Math.min(...xs) + Math.max(...xs)) / 2;
  const dy = centre.y - (Math.min(...ys) + Math.max(...ys)) / 2;
  for (const [k, p] of placed) positions.set(k, { x: p.x + dx, y: p.y + dy });
  return positions;
}
