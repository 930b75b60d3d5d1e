/**
 * A short-lived cache of who a token's user is (role, disabled flag, case memberships), so a
 * request does not pay a database round trip before its real work. Trade-off, kept explicit:
 * - changes made through this API process (a case created, a member added, changed or removed)
 *   drop the user's entry at once (`forgetUser`), so they take effect on the next request;
 * - changes made elsewhere (the CLI disabling a user or changing a role, another API process)
 *   take effect within the window, `TOUCHSTONE_AUTH_CACHE_MS` (default 5000 ms; 0 turns the
 *   cache off and restores a lookup per request).
 * Only usable users are kept: an unknown or disabled user is looked up again on every request,
 * so a newly added or re-enabled user is accepted at once.
 */
import type { Driver } from 'neo4j-driver';

/** What the database says about a user. */
export interface StoredUser {
  role: unknown;
  disabled: boolean;
  memberships: readonly unknown[];
}

/** Default window, milliseconds. */
export const DEFAULT_USER_CACHE_MS = 5000;

/** The window from the environment: a whole number of milliseconds, else the default. */
export function userCacheWindowMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TOUCHSTONE_AUTH_CACHE_MS?.trim();
  if (!raw) return DEFAULT_USER_CACHE_MS;
  const ms = Number(raw);
  return Number.isInteger(ms) && ms >= 0 ? ms : DEFAULT_USER_CACHE_MS;
}

interface Entry {
  user: StoredUser;
  until: number;
}

/** Users looked up by name, kept for `windowMs`; concurrent lookups of one name share a query. */
export class UserCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<StoredUser | null>>();

  constructor(
    private readonly load: (name: string) => Promise<StoredUser | null>,
    readonly windowMs: number = DEFAULT_USER_CACHE_MS,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
  ) {}

  /** The user named `name`, from the cache while fresh, else from the database. */
  async get(name: string): Promise<StoredUser | null> {
    if (this.windowMs <= 0) return this.load(name);
    const hit = this.entries.get(name);
    if (hit && hit.until > this.now()) return hit.user;
    this.entries.delete(name);
    const running = this.pending.get(name);
    if (running) return running;
    // Only the lookup still pending when it settles may act: one that `forget` dropped read
    // before a change, and must neither store its result nor remove a newer lookup.
    const isCurrent = () => this.pending.get(name) === lookup;
    const lookup: Promise<StoredUser | null> = this.load(name).then(
      (user) => {
        if (!isCurrent()) return user;
        this.pending.delete(name);
        if (user && !user.disabled) {
          if (this.entries.size >= this.maxEntries) this.entries.clear();
          this.entries.set(name, { user, until: this.now() + this.windowMs });
        }
        return user;
      },
      (error: unknown) => {
        if (isCurrent()) this.pending.delete(name);
        throw error;
      },
    );
    this.pending.set(name, lookup);
    return lookup;
  }

  /** Drops what is known of `name` (after its memberships or role changed here). */
  forget(name: string): void {
    this.entries.delete(name);
    this.pending.delete(name);
  }
}

// One cache per driver, i.e. per database an API process serves.
const caches = new WeakMap<Driver, UserCache>();

/** The cache of `driver`, created with `load` on first use. */
export function userCacheOf(driver: Driver, load: (name: string) => Promise<StoredUser | null>): UserCache {
  let cache = caches.get(driver);
  if (!cache) {
    cache = new UserCache(load, userCacheWindowMs());
    caches.set(driver, cache);
  }
  return cache;
}

/** Makes the next request of `name` read the user afresh (no-op when nothing is cached). */
export function forgetUser(driver: Driver, name: string): void {
  caches.get(driver)?.forget(name);
}
