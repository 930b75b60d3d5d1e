/**
 * Prints progress of long operations on stderr: one rewritten line on a terminal, a line every
 * few seconds otherwise (logs, CI), so output stays readable either way.
 */
export function progressPrinter(): { update(text: string): void; done(text?: string): void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    update(text) {
      const now = Date.now();
      if (tty) process.stderr.write(`\r\x1b[K${text}`);
      else if (now - last > 5000) process.stderr.write(`${text}\n`);
      else return;
      last = now;
    },
    done(text) {
      if (tty) process.stderr.write('\r\x1b[K');
      if (text) process.stderr.write(`${text}\n`);
    },
  };
}

/** A rate like `12,345/s`. */
export function rate(count: number, ms: number): string {
  return `${Math.round((count * 1000) / Math.max(ms, 1)).toLocaleString('en-US')}/s`;
}
