/**
 * The key that signs bearer tokens: `TOUCHSTONE_JWT_SECRET` when set (production, several API
 * instances), otherwise a random key generated once into the git-ignored
 * `.touchstone/api/jwt-secret`, readable by its owner only, so the CLI and the server agree.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findRepoRoot } from './repo-root';

/** Shortest secret accepted: HS256 wants at least 256 bits of key. */
export const MIN_SECRET_LENGTH = 32;

/** The secret file under a repository root. */
export const jwtSecretFile = (root = findRepoRoot()): string =>
  join(root, '.touchstone', 'api', 'jwt-secret');

/** Reads (or creates once) the token-signing secret. */
export function loadJwtSecret(options: { env?: NodeJS.ProcessEnv; file?: string } = {}): string {
  const fromEnv = (options.env ?? process.env).TOUCHSTONE_JWT_SECRET;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH)
      throw new Error(`auth: TOUCHSTONE_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return fromEnv;
  }
  const file = options.file ?? jwtSecretFile();
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < MIN_SECRET_LENGTH)
      throw new Error(`auth: ${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters`);
    return secret;
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(48).toString('base64url');
  // 'wx' fails if another process created the file meanwhile; then its secret wins.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return secret;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return loadJwtSecret({ ...options, file });
    throw e;
  }
}
