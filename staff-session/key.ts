import { hkdfSync } from 'node:crypto';

/**
 * The key staff sessions are signed with, derived from PREVIEW_SECRET (HKDF,
 * SHA-256): never the secret itself, so a session token reveals nothing that
 * would let its holder enter preview again, and a new secret is a new key,
 * under which no session signed before verifies.
 */
export function sessionKey(secret: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secret, 'moda-press-portal', 'staff-session/v1', 32));
}
