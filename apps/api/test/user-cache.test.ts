// The short-lived cache of user lookups: what it keeps, for how long, and what drops it.
import { describe, expect, it } from 'vitest';
import { UserCache, userCacheWindowMs, type StoredUser } from '../src/auth/user-cache';

const analyst = (caseIds: string[] = []): StoredUser => ({
  role: 'analyst',
  disabled: false,
  memberships: caseIds.map((caseId) => ({ caseId, role: 'MEMBER' })),
});

/** A cache over a fake store, with a clock the test moves. */
function setup(windowMs = 5000) {
  const store = new Map<string, StoredUser>([['ana', analyst()]]);
  let now = 1_000_000;
  let loads = 0;
  const cache = new UserCache(
    async (name) => {
      loads++;
      return store.get(name) ?? null;
    },
    windowMs,
    () => now,
  );
  return {
    store,
    cache,
    loads: () => loads,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('user cache', () => {
  it('reads a user once per window, then again after it', async () => {
    const t = setup();
    await t.cache.get('ana');
    await t.cache.get('ana');
    expect(t.loads()).toBe(1);
    t.store.set('ana', { ...analyst(), role: 'admin' });
    t.advance(4999);
    expect((await t.cache.get('ana'))?.role).toBe('analyst');
    t.advance(2);
    expect((await t.cache.get('ana'))?.role).toBe('admin');
    expect(t.loads()).toBe(2);
  });

  it('shares one lookup between concurrent requests of the same user', async () => {
    const t = setup();
    await Promise.all([t.cache.get('ana'), t.cache.get('ana'), t.cache.get('ana')]);
    expect(t.loads()).toBe(1);
  });

  it('applies a change made here at once when the user is forgotten', async () => {
    const t = setup();
    expect((await t.cache.get('ana'))?.memberships).toEqual([]);
    t.store.set('ana', analyst(['case-1']));
    t.cache.forget('ana');
    expect((await t.cache.get('ana'))?.memberships).toEqual([{ caseId: 'case-1', role: 'MEMBER' }]);
  });

  it('does not keep what a lookup read before the user was forgotten', async () => {
    const t = setup();
    const before = t.cache.get('ana');
    t.store.set('ana', analyst(['case-1']));
    t.cache.forget('ana');
    expect((await before)?.memberships).toEqual([]);
    expect((await t.cache.get('ana'))?.memberships).toEqual([{ caseId: 'case-1', role: 'MEMBER' }]);
  });

  it('lets a lookup started after forget be shared, even when an older one settles first', async () => {
    const store = new Map<string, StoredUser>([['ana', analyst()]]);
    const releases: (() => void)[] = [];
    let loads = 0;
    const cache = new UserCache(
      async (name) => {
        loads++;
        const user = store.get(name) ?? null;
        await new Promise<void>((resolve) => releases.push(resolve));
        return user;
      },
      5000,
      () => 1_000_000,
    );
    const stale = cache.get('ana');
    store.set('ana', analyst(['case-1']));
    cache.forget('ana');
    const fresh = cache.get('ana');
    releases[0]!();
    expect((await stale)?.memberships).toEqual([]);
    const joining = cache.get('ana');
    expect(loads).toBe(2);
    releases[1]!();
    expect((await fresh)?.memberships).toEqual([{ caseId: 'case-1', role: 'MEMBER' }]);
    expect(await joining).toBe(await fresh);
    expect((await cache.get('ana'))?.memberships).toEqual([{ caseId: 'case-1', role: 'MEMBER' }]);
    expect(loads).toBe(2);
  });

  it('keeps neither unknown nor disabled users, so adding or re-enabling one works at once', async () => {
    const t = setup();
    expect(await t.cache.get('bo')).toBeNull();
    t.store.set('bo', analyst());
    expect(await t.cache.get('bo')).not.toBeNull();
    t.store.set('cy', { ...analyst(), disabled: true });
    expect((await t.cache.get('cy'))?.disabled).toBe(true);
    t.store.set('cy', analyst());
    expect((await t.cache.get('cy'))?.disabled).toBe(false);
  });

  it('with a window of 0 reads the store on every request', async () => {
    const t = setup(0);
    await t.cache.get('ana');
    await t.cache.get('ana');
    expect(t.loads()).toBe(2);
  });

  it('takes its window from TOUCHSTONE_AUTH_CACHE_MS, ignoring values that are not whole milliseconds', () => {
    expect(userCacheWindowMs({})).toBe(5000);
    expect(userCacheWindowMs({ TOUCHSTONE_AUTH_CACHE_MS: '0' })).toBe(0);
    expect(userCacheWindowMs({ TOUCHSTONE_AUTH_CACHE_MS: '1500' })).toBe(1500);
    expect(userCacheWindowMs({ TOUCHSTONE_AUTH_CACHE_MS: 'soon' })).toBe(5000);
    expect(userCacheWindowMs({ TOUCHSTONE_AUTH_CACHE_MS: '-1' })).toBe(5000);
  });
});
