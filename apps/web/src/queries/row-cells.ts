/**
 * Reading result rows: the entity ids a row mentions (anywhere in it, however nested), and a
 * short text for each cell — entity names instead of ids where they are known, Cypher nodes,
 * links and paths summarised, other values as compact JSON.
 */

/** Every string in `value` (nested in lists and objects) for which `isEntity` holds, once each. */
export function entityIdsIn(value: unknown, isEntity: (id: string) => boolean): string[] {
  const found = new Set<string>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 8 || v === null || v === undefined) return;
    if (typeof v === 'string') {
      if (isEntity(v)) found.add(v);
    } else if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1);
    } else if (typeof v === 'object') {
      for (const item of Object.values(v as Record<string, unknown>)) walk(item, depth + 1);
    }
  };
  walk(value, 0);
  return [...found];
}

const MAX_CELL = 160;
const clip = (text: string) => (text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The text of one value, with `nameOf` giving the name of a known entity id (or undefined). */
export function cellText(value: unknown, nameOf: (id: string) => string | undefined = () => undefined): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return clip(nameOf(value) ?? value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return clip(value.map((v) => cellText(v, nameOf)).join(', '));
  if (isRecord(value)) {
    if (value.kind === 'node' && typeof value.key === 'string') {
      const props = isRecord(value.properties) ? value.properties : {};
      const name = typeof props.name === 'string' ? props.name : typeof props.title === 'string' ? props.title : undefined;
      return clip(name ?? nameOf(value.key) ?? value.key);
    }
    if (value.kind === 'link' && typeof value.type === 'string') return value.type;
    if (value.kind === 'path' && Array.isArray(value.nodes)) return `path of ${Math.max(0, value.nodes.length - 1)} links`;
    return clip(JSON.stringify(value));
  }
  return clip(String(value));
}
