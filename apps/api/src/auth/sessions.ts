/**
 * Signing in with a user name and password: checks the password, throttles repeated failures
 * for a name, and signs a bearer token. Every attempt is audited as `signIn`, with the name
 * tried but never the password.
 */
import { checkUserPassword, signToken, type Role } from '@touchstone/auth';
import type { Driver } from 'neo4j-driver';
import type { AuditLog } from '../context';
import { ApiError, badInput, unauthenticated, unavailable } from '../errors';
import { SignInThrottle } from './sign-in-throttle';

/** A signed-in session as the API returns it. */
export interface SignInResult {
  token: string;
  expiresAt: string;
  name: string;
  role: Role;
}

/** Issues tokens for correct passwords. */
export interface Sessions {
  signIn(name: string, password: string, audit: AuditLog): Promise<SignInResult>;
}

/** Writes an audit event; a log that cannot be written fails the sign-in rather than skip the record. */
async function record(audit: AuditLog, ...args: Parameters<AuditLog['record']>): Promise<void> {
  try {
    await audit.record(...args);
  } catch {
    throw unavailable('The audit log cannot be written just now, so you were not signed in; try again shortly.');
  }
}

/** Sessions signed with `secret`, throttled by `throttle`. */
export function createSessions(driver: Driver, secret: string, throttle = new SignInThrottle()): Sessions {
  return {
    async signIn(name, password, audit) {
      const attempt = { operation: 'signIn', arguments: { name: name.slice(0, 100) } };
      if (name.length === 0 || name.length > 100 || password.length === 0 || password.length > 200)
        throw badInput('Give a user name (up to 100 characters) and a password (up to 200).');
      const wait = throttle.waitFor(name);
      if (wait > 0) {
        await record(audit, null, { ...attempt, outcome: 'DENIED', errorCode: 'THROTTLED' });
        throw new ApiError('FORBIDDEN', `Too many failed sign-ins for "${name}"; try again in ${Math.ceil(wait / 1000)} s.`);
      }
      const user = await checkUserPassword(driver, name, password);
      if (!user) {
        throttle.failed(name);
        await record(audit, null, { ...attempt, outcome: 'DENIED', errorCode: 'UNAUTHENTICATED' });
        throw unauthenticated('Wrong user name or password, or the user is disabled.');
      }
      throttle.succeeded(name);
      const { token, expiresAt } = await signToken(secret, user.name, user.role);
      await record(audit, { name: user.name, role: user.role }, { ...attempt, outcome: 'SUCCESS', resultSize: 1 });
      return { token, expiresAt: expiresAt.toISOString(), name: user.name, role: user.role };
    },
  };
}
