/**
 * Peak resident memory of a process (Linux /proc VmHWM), in MiB. This process's peak can be reset
 * between measurements, so a second load run in the same process reports its own peak, not the
 * first one's.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Peak RSS of `pid` in MiB, or NaN where /proc is unavailable. */
export function peakRssMiB(pid: number | 'self'): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Starts this process's peak RSS afresh from its current RSS (Linux 4.0+; a no-op elsewhere). */
export function resetOwnPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers the whole process lifetime.
  }
}

/** Peak RSS of this Node process in MiB since the last reset (or since it started). */
export function ownPeakRssMiB(): number {
  const hwm = peakRssMiB('self');
  return Number.isNaN(hwm) ? process.resourceUsage().maxRSS / 1024 : hwm;
}
