/**
 * The machine line every benchmark prints, so figures from noisy machines can be compared:
 * CPU, cores, memory, load, Node and Java versions.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

function javaLine(): string {
  try {
    return execFileSync('sh', ['-c', 'java -version 2>&1 | head -1'], { encoding: 'utf8' }).trim();
  } catch {
    return 'java: not found';
  }
}

/** One line describing this machine and its current load. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load ${load}, node ${process.version}, ${javaLine()}`;
}
