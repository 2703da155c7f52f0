import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { sessionKey } from './key';

/** Every token says what it is for, so no other token signed with a key of this site passes as a session. */
const AUDIENCE = 'moda-press-portal/staff-preview';
const ALGORITHM = 'HS256';

/** A signed staff session (a JWT, HS256) that ends `lifetimeSeconds` after `now`. */
export async function issueSessionToken(secret: string, lifetimeSeconds: number, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM })
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    // Names the session in a log line without naming the person or the secret.
    .setJti(randomUUID())
    .sign(sessionKey(secret));
}

/**
 * Whether `token` is a session signed under today's secret and not yet
 * expired. No secret (preview off), no token, another key, a forged or
 * tampered token, a past expiry: all false, never an error.
 */
export async function sessionTokenIsValid(token: string | undefined, secret: string | undefined, now = new Date()): Promise<boolean> {
  if (!token || !secret) return false;
  try {
    await jwtVerify(token, sessionKey(secret), {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      requiredClaims: ['exp', 'iat', 'jti'],
      currentDate: now,
    });
    return true;
  } catch {
    return false;
  }
}
