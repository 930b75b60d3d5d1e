/**
 * Slows down password guessing: after a few failed sign-ins for one name, further attempts for
 * that name are refused for a while, whatever the password. Kept in memory (one API process);
 * a restart forgets it, which only ever helps a legitimate user.
 */

/** How many failures within the window lock a name, and for how long. */
export interface ThrottleRules {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_THROTTLE: ThrottleRules = { maxFailures: 5, windowMs: 10 * 60_000, lockMs: 60_000 };

interface Failures {
  times: number[];
  lockedUntil: number;
}

/** Failed sign-ins by user name. */
export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly rules: ThrottleRules = DEFAULT_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `name` may try again; 0 when it may try now. */
  waitFor(name: string): number {
    const entry = this.failures.get(name);
    return entry ? Math.max(0, entry.lockedUntil - this.now()) : 0;
  }

  /** Counts a failure; locks the name when it reaches the limit within the window. */
  failed(name: string): void {
    const now = this.now();
    const entry = this.failures.get(name) ?? { times: [], lockedUntil: 0 };
    entry.times = [...entry.times.filter((t) => now - t < this.rules.windowMs), now];
    if (entry.times.length >= this.rules.maxFailures) {
      entry.lockedUntil = now + this.rules.lockMs;
      entry.times = [];
    }
    this.failures.set(name, entry);
    // Bounded memory under a flood of made-up names: forget the oldest entries.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value!);
  }

  /** Forgets the failures of a name after a successful sign-in. */
  succeeded(name: string): void {
    this.failures.delete(name);
  }
}
