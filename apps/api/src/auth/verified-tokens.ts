/**
 * Tokens whose signature this process has already checked, kept until they expire: a client
 * sends the same token with every request, and checking its HMAC each time was a measurable part
 * of a small request's CPU. Only a token that verified is kept, keyed by its exact text, so a
 * forged or altered one is always checked in full; expiry is still enforced on every use.
 */
import { TokenError, verifyToken, type TokenClaims } from '@touchstone/auth';

export class VerifiedTokens {
  private readonly entries = new Map<string, TokenClaims>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 10_000,
    private readonly check: typeof verifyToken = verifyToken,
  ) {}

  /** The claims of `token`; throws TokenError when it is malformed, forged or expired. */
  async verify(token: string): Promise<TokenClaims> {
    const known = this.entries.get(token);
    if (known) {
      if (known.expiresAt.getTime() > this.now()) return known;
      this.entries.delete(token);
      throw new TokenError('expired');
    }
    const claims = await this.check(this.secret, token);
    // The oldest entry goes first when full (a Map keeps insertion order).
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, claims);
    return claims;
  }
}
