/**
 * A batch: valid records of one type from one file, as compact rows, with the line each came
 * from and which properties at least one of them carries (see write-statements.ts).
 */
import type { EntityTypeName, LinkTypeName } from '@touchstone/domain';
import { entityRowLayout, linkRowLayout, toRow, type RowLayout } from './row-layout';

/** Records of one type on their way to one write transaction. */
export interface Batch {
  readonly kind: 'entity' | 'link';
  readonly type: string;
  /** The file's name, as issues report it. */
  readonly file: string;
  readonly layout: RowLayout;
  readonly rows: unknown[][];
  /** The 1-based line of each row. */
  readonly lines: number[];
  /** `present[i]`: some row has a value for field `i` of the layout. */
  readonly present: boolean[];
}

/** An empty batch for records of `type`. */
export function newBatch(kind: Batch['kind'], type: string, file: string): Batch {
  const layout = kind === 'entity' ? entityRowLayout(type as EntityTypeName) : linkRowLayout(type as LinkTypeName);
  return { kind, type, file, layout, rows: [], lines: [], present: layout.fields.map(() => false) };
}

/** Adds a validated record read at `line`. */
export function addRecord(batch: Batch, record: Readonly<Record<string, unknown>>, line: number): void {
  batch.rows.push(toRow(record, batch.layout, batch.present));
  batch.lines.push(line);
}
