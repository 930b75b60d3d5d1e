/**
 * Snapshots of a chart: named saved positions and hidden entities, kept with the chart so an
 * investigator can return to an arrangement ("the network in 2022") after moving things around.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { coordinate, type DocSnapshot } from './chart-document';

/** A snapshot of where every entity is and which are hidden. */
export function takeSnapshot(graph: ChartGraph, name: string, now = new Date()): DocSnapshot {
  const positions: Record<string, [number, number]> = {};
  const hidden: string[] = [];
  graph.forEachNode((key, a) => {
    positions[key] = [coordinate(a.x), coordinate(a.y)];
    if (a.hidden) hidden.push(key);
  });
  return {
    id: `snap-${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    name: name.slice(0, 500) || 'Snapshot',
    createdAt: now.toISOString(),
    positions,
    hidden,
  };
}

/**
 * Puts entities back where the snapshot has them and hides exactly those it hid. Entities added
 * since keep their place; returns how many entities it moved or showed/hid.
 */
export function applySnapshot(graph: ChartGraph, snapshot: DocSnapshot): number {
  const hidden = new Set(snapshot.hidden ?? []);
  let changed = 0;
  graph.forEachNode((key, a) => {
    const position = snapshot.positions[key];
    if (!position) return;
    const isHidden = hidden.has(key);
    if (a.x !== position[0] || a.y !== position[1] || Boolean(a.hidden) !== isHidden) changed++;
    graph.mergeNodeAttributes(key, { x: position[0], y: position[1] });
    if (isHidden) graph.setNodeAttribute(key, 'hidden', true);
    else if (a.hidden) graph.setNodeAttribute(key, 'hidden', false);
  });
  return changed;
}
