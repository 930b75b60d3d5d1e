import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../src/auth/sign-in-throttle';
import { redactPasswords } from '../src/http/audit-rejected-requests';

describe('sign-in throttle', () => {
  it('locks a name after the allowed failures within the window, then lets it try again', () => {
    let now = 0;
    const throttle = new SignInThrottle({ maxFailures: 3, windowMs: 1000, lockMs: 500 }, () => now);
    throttle.failed('ana');
    throttle.failed('ana');
    expect(throttle.waitFor('ana')).toBe(0);
    throttle.failed('ana');
    expect(throttle.waitFor('ana')).toBe(500);
    expect(throttle.waitFor('bob')).toBe(0);
    now = 600;
    expect(throttle.waitFor('ana')).toBe(0);
  });

  it('forgets failures older than the window and after a success', () => {
    let now = 0;
    const throttle = new SignInThrottle({ maxFailures: 2, windowMs: 1000, lockMs: 500 }, () => now);
    throttle.failed('ana');
    now = 1500;
    throttle.failed('ana');
    expect(throttle.waitFor('ana')).toBe(0);
    throttle.succeeded('ana');
    throttle.failed('ana');
    expect(throttle.waitFor('ana')).toBe(0);
  });
});

describe('refused requests in the audit log', () => {
  it('hide passwords written into the query text', () => {
    expect(redactPasswords('mutation { signIn(name: "ana", password: "se\\"cret") { token } }')).toBe(
      'mutation { signIn(name: "ana", password: "(redacted)") { token } }',
    );
  });
});
