// Random passwords for local instances: URL-safe so they survive env files and shell quoting.
import { randomBytes } from 'node:crypto';

export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
