// Reads the last lines of a log file, to put the cause of a failed start into the error itself.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

export function tailFile(path: string, lines = 40, maxBytes = 64 * 1024): string {
  if (!existsSync(path)) return `(no log at ${path})`;
  const size = statSync(path).size;
  const length = Math.min(size, maxBytes);
  const buffer = Buffer.alloc(length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8').split('\n').filter(Boolean).slice(-lines).join('\n');
}

/** Reads a file from a byte offset to its end (empty when missing), for polling a growing log. */
export function readFrom(path: string, offset: number): string {
  if (!existsSync(path)) return '';
  const size = statSync(path).size;
  if (size <= offset) return '';
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}
