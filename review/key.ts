import { hkdfSync } from 'node:crypto';

/**
 * The HKDF label of the review-link key. Distinct from any other key derived
 * from the same secret (the staff session's), so a token of one kind can never
 * be replayed as the other.
 */
export const REVIEW_KEY_INFO = 'review-links';
const REVIEW_KEY_SALT = 'moda-press-portal';

type SecretEnvironment = Partial<Record<string, string>>;

/**
 * The secret review links are signed with: REVIEW_SECRET when set, so links
 * can be ended for everyone (by changing it) without ending staff sessions;
 * otherwise PREVIEW_SECRET. Undefined when neither is set: links are off.
 */
export function reviewSecret(env: SecretEnvironment = process.env): string | undefined {
  return env.REVIEW_SECRET || env.PREVIEW_SECRET || undefined;
}

/**
 * The 256-bit HMAC key for review tokens: HKDF-SHA-256 over the secret. The
 * same secret gives the same key on every instance and machine, so no state
 * is kept anywhere; another secret (a rotation) gives another key, and every
 * link signed with the old one stops verifying.
 */
export function deriveReviewKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, REVIEW_KEY_SALT, REVIEW_KEY_INFO, 32));
}

/** This process's review key, derived once per secret; undefined when links are off. */
const KEY_CACHE = Symbol.for('moda-press-portal.review-key');
const processGlobal = globalThis as typeof globalThis & { [KEY_CACHE]?: { secret: string; key: Uint8Array } };

export function reviewKey(env: SecretEnvironment = process.env): Uint8Array | undefined {
  const secret = reviewSecret(env);
  if (!secret) return undefined;
  const cached = processGlobal[KEY_CACHE];
  if (cached?.secret === secret) return cached.key;
  const key = deriveReviewKey(secret);
  processGlobal[KEY_CACHE] = { secret, key };
  return key;
}
