/** Peak resident memory of a process (Linux /proc VmHWM), in MiB; for the database's JVM. */
import { readFileSync } from 'node:fs';

/** Peak RSS of `pid` in MiB, or NaN where /proc is unavailable. */
export function peakRssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Peak RSS of this Node process in MiB. */
export function ownPeakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
