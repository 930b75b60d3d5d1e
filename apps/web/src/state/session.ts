/**
 * The signed-in user: their token, name and role, kept in the tab's session storage so a reload
 * keeps the user signed in and closing the tab signs them out. An expired token is dropped.
 */
import type { Role } from '../graphql/types';

export interface Session {
  token: string;
  name: string;
  role: Role;
  expiresAt: string;
}

const KEY = 'touchstone.session';

/** The stored session, unless there is none or it has expired. */
export function loadSession(storage: Storage = sessionStorage, now = Date.now()): Session | null {
  try {
    const session = JSON.parse(storage.getItem(KEY) ?? 'null') as Session | null;
    if (!session || typeof session.token !== 'string' || Date.parse(session.expiresAt) <= now) return null;
    return session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null, storage: Storage = sessionStorage): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}
