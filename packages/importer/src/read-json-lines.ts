/**
 * Streams a JSON Lines file as parsed values with their line numbers, without loading the file
 * into memory. Blank lines are skipped; a line that is not JSON yields a parse error instead.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One line of the file: its value, or why it could not be parsed. */
export type JsonLine = { line: number; value: unknown; error?: undefined } | { line: number; value?: undefined; error: string };

/** Yields each non-blank line of `file` parsed as JSON. */
export async function* readJsonLines(file: string): AsyncGenerator<JsonLine> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(text) };
    } catch (e) {
      yield { line, error: `is not valid JSON (${(e as Error).message})` };
    }
  }
}
