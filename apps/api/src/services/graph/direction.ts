/**
 * Directions of traversal and the Cypher arrows they render to. The arrow is chosen from this
 * table, never from input text.
 */

/** Which links to follow from a node. */
export type Direction = 'OUT' | 'IN' | 'BOTH';

/** The relationship pattern `(n)<arrow>(m)` for a direction, with the relationship spec inside. */
export function arrow(direction: Direction, spec: string): string {
  switch (direction) {
    case 'OUT':
      return `-[${spec}]->`;
    case 'IN':
      return `<-[${spec}]-`;
    default:
      return `-[${spec}]-`;
  }
}

/** `:A|B|C` for link types already checked against the model's allow-list; empty for any type. */
export function typeSpec(types: readonly string[] | null): string {
  return types && types.length ? `:${types.join('|')}` : '';
}
