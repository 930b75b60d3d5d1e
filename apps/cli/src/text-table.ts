/**
 * Plain-text tables for the terminal: a header, a rule, one line per row, each cell shortened to
 * fit a column width so a wide result stays readable. Lists show their first items and a count.
 */

const DEFAULT_WIDTH = 40;

/** A cell value as short text: numbers rounded, lists abbreviated, nulls blank. */
export function cellText(value: unknown, width = DEFAULT_WIDTH): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number')
    text = Number.isInteger(value)
      ? value.toLocaleString('en-US')
      : value.toLocaleString('en-US', { maximumFractionDigits: 3 });
  else if (Array.isArray(value)) {
    const items = value.map((v) => cellText(v, width));
    const shown: string[] = [];
    for (const item of items) {
      if ([...shown, item].join(', ').length > width - 8 && shown.length) break;
      shown.push(item);
    }
    text = shown.join(', ') + (shown.length < items.length ? ` (+${items.length - shown.length})` : '');
  } else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  text = text.replace(/\s+/g, ' ');
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Renders rows as an aligned table over the given columns. */
export function textTable(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
  width = DEFAULT_WIDTH,
): string {
  const cells = rows.map((row) => columns.map((c) => cellText(row[c], width)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (parts: string[]) =>
    parts
      .map((p, i) => p.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line([...columns]), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n');
}
