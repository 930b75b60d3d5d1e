/**
 * Turns a JSON Lines data set into one CSV file per entity type and per link type, the input a
 * Neo4j user would feed to LOAD CSV. Lists are joined with `|`; points become two columns.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { entityFieldSet, linkFieldSet, type EntityTypeName, type FieldSet, type LinkTypeName } from '@touchstone/domain';
import { readJsonLines } from '@touchstone/importer';

function columns(fields: FieldSet): string[] {
  return Object.entries(fields).flatMap(([name, spec]) => (spec.kind === 'point' ? [`${name}Lat`, `${name}Lon`] : [name]));
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(record: Record<string, unknown>, keys: readonly string[], fields: FieldSet): string {
  const cells = keys.map((k) => cell(record[k]));
  for (const [name, spec] of Object.entries(fields)) {
    const value = record[name] as { latitude: number; longitude: number } | undefined;
    if (spec.kind === 'point') cells.push(cell(value?.latitude), cell(value?.longitude));
    else cells.push(cell(record[name]));
  }
  return `${cells.join(',')}\n`;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/** Writes `<Type>.csv` files into `outDir`; returns the entity and link file names by type. */
export async function writeCsvDataset(datasetDir: string, outDir: string): Promise<{ entities: Map<string, string>; links: Map<string, string> }> {
  const result = { entities: new Map<string, string>(), links: new Map<string, string>() };
  for (const kind of ['entities', 'links'] as const) {
    const streams = new Map<string, WriteStream>();
    for await (const item of readJsonLines(join(datasetDir, `${kind}.jsonl`))) {
      const record = item.value as Record<string, unknown> & { type: string };
      const keys = kind === 'entities' ? ['id'] : ['id', 'from', 'to'];
      const fields = kind === 'entities' ? entityFieldSet(record.type as EntityTypeName) : linkFieldSet(record.type as LinkTypeName);
      let stream = streams.get(record.type);
      if (!stream) {
        const file = `${kind}-${record.type}.csv`;
        stream = createWriteStream(join(outDir, file));
        streams.set(record.type, stream);
        result[kind].set(record.type, file);
        await write(stream, `${[...keys, ...columns(fields)].join(',')}\n`);
      }
      await write(stream, line(record, keys, fields));
    }
    await Promise.all([...streams.values()].map((s) => new Promise((resolve) => s.end(resolve))));
  }
  return result;
}
