/**
 * Time-ordered layout for money and metal trails: x is the date of an entity (or of its
 * earliest dated link), y a lane per entity type; entities without a date line up at the
 * left. Entities too close in time to sit side by side stack within their lane.
 */
import type { ChartGraph } from '../chart/chart-graph';
import { ENTITY_STYLES } from '../chart/entity-styles';
import { timeItemOf } from '../timeline/time-items';
import { centreOf, SPACING, type Positions } from './layout-scope';

const NODE_GAP = SPACING * 2;
const ROW_GAP = SPACING * 2;
const LANE_GAP = SPACING * 3;
/** The drawing is at least this much wider than tall, like the chart area, so lanes get room. */
const ASPECT = 1.6;
const TYPE_ORDER = Object.keys(ENTITY_STYLES);

/** The date an entity is placed at (ms), or null when neither it nor its links are dated. */
export function placeDateOf(graph: ChartGraph, key: string): number | null {
  const own = timeItemOf(graph.getNodeAttributes(key));
  if (own) return own.from;
  let earliest: number | null = null;
  graph.forEachEdge(key, (_e, a) => {
    const item = timeItemOf(a);
    if (item && (earliest === null || item.from < earliest)) earliest = item.from;
  });
  return earliest;
}

/**
 * Date → x over [0, width], in date order: partly by rank (so a busy month gets room) and partly
 * by elapsed time with quiet periods shortened to a thirtieth of the axis (so gaps still show).
 */
export function timeAxis(times: readonly number[], width: number, byRank = 0.6): (t: number) => number {
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  if (distinct.length < 2) return () => width / 2;
  const span = distinct.at(-1)! - distinct[0]!;
  const elapsed = [0];
  for (let i = 1; i < distinct.length; i++) elapsed.push(elapsed[i - 1]! + Math.min((distinct[i]! - distinct[i - 1]!) / span, 1 / 30));
  const total = elapsed.at(-1)!;
  const at = new Map(distinct.map((t, i) => [t, width * (byRank * (i / (distinct.length - 1)) + (1 - byRank) * (elapsed[i]! / total))]));
  return (t) => at.get(t) ?? 0;
}

export function timeLayout(graph: ChartGraph, movable: readonly string[]): Positions {
  const positions: Positions = new Map();
  if (movable.length === 0) return positions;
  const centre = centreOf(graph, movable);
  const dated = new Map(movable.map((k) => [k, placeDateOf(graph, k)]));
  const times = [...dated.values()].filter((t): t is number => t !== null);
  // About thirty entities fit side by side across the time axis at the zoom that shows everything.
  const width = Math.max(30, Math.sqrt(movable.length) * 3) * NODE_GAP;
  const xOf = timeAxis(times, width);

  const rank = (type: string) => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);
  const lanes = [...new Set(movable.map((k) => graph.getNodeAttribute(k, 'entityType')))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  const placed: Positions = new Map();
  let top = 0;
  for (const lane of lanes) {
    const members = movable.filter((k) => graph.getNodeAttribute(k, 'entityType') === lane);
    const undated = members.filter((k) => dated.get(k) === null);
    const byTime = members.filter((k) => dated.get(k) !== null).sort((a, b) => dated.get(a)! - dated.get(b)! || a.localeCompare(b));
    // Greedy rows: each entity goes on the first row where it clears the previous one.
    const rowEnds: number[] = [];
    let rows = 1;
    for (const key of byTime) {
      const x = xOf(dated.get(key)!);
      let row = rowEnds.findIndex((end) => end + NODE_GAP <= x);
      if (row === -1) row = rowEnds.push(x) - 1;
      else rowEnds[row] = x;
      rows = Math.max(rows, row + 1);
      placed.set(key, { x, y: top - row * ROW_GAP });
    }
    // Undated entities: a block at the left of the lane, as many rows as the lane has.
    const perColumn = Math.max(rows, Math.ceil(Math.sqrt(undated.length / 2)));
    undated.sort((a, b) => graph.getNodeAttribute(a, 'label').localeCompare(graph.getNodeAttribute(b, 'label')));
    undated.forEach((key, i) => {
      placed.set(key, { x: -2 * NODE_GAP - Math.floor(i / perColumn) * NODE_GAP, y: top - (i % perColumn) * ROW_GAP });
    });
    rows = Math.max(rows, Math.min(undated.length, perColumn));
    top -= (rows - 1) * ROW_GAP + LANE_GAP;
  }
  const xs = [...placed.values()].map((p) => p.x);
  const ys = [...placed.values()].map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Many lanes make a tall drawing that the camera shrinks to fit: stretch time to match.
  const stretch = x1 > x0 ? Math.max(1, (ASPECT * (y1 - y0)) / (x1 - x0)) : 1;
  for (const [k, p] of placed) positions.set(k, { x: centre.x + (p.x - (x0 + x1) / 2) * stretch, y: centre.y + p.y - (y0 + y1) / 2 });
  return positions;
}
