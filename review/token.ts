import { createHmac, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { routing, type Locale } from '@/i18n/routing';

/** A link's lifetime, in seconds: from an hour to 30 days, a week unless staff choose otherwise. */
export const MIN_LIFETIME = 60 * 60;
export const MAX_LIFETIME = 30 * 24 * 60 * 60;
export const DEFAULT_LIFETIME = 7 * 24 * 60 * 60;
/** For whom the link is, e.g. 「行政院新聞傳播處」: an office, never a person's details. */
export const MAX_LABEL_LENGTH = 80;
/** Longer than any token this portal signs (a maximal label is ~1 kB encoded): anything longer is refused unread. */
export const MAX_TOKEN_LENGTH = 2048;

const ISSUER = 'moda-press-portal';
const AUDIENCE = 'review-link';
const ALGORITHM = 'HS256';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LINK_ID = /^[A-Za-z0-9_-]{22}$/;
const REVISION = /^[0-9a-f]{16}$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** What a review link says, and nothing more: no personal data. */
export interface ReviewClaims {
  /** A random id, to name the link in the audit log. */
  id: string;
  slug: string;
  /** The language versions it opens, in the site's order. */
  locales: Locale[];
  /** For whom it was made. */
  label: string;
  issuedAt: Date;
  expiresAt: Date;
  /** The release's review key when it was made (a fingerprint, see revision.ts): a new one ends it. */
  revision: string;
}

export type Verified =
  | { kind: 'valid'; claims: ReviewClaims }
  /** Signed by this portal but past its time: the claims are genuine, so the page may say when. */
  | { kind: 'expired'; claims: ReviewClaims }
  /** Anything else: changed, truncated, forged, signed with another secret, or not a token at all. */
  | { kind: 'invalid' };

export const newLinkId = () => randomBytes(16).toString('base64url');

/** A label as it may go into a token: one line, trimmed, not empty, not too long. */
export function cleanLabel(label: string): string | undefined {
  const clean = label.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > 0 && [...clean].length <= MAX_LABEL_LENGTH ? clean : undefined;
}

/** The locales a link may name: known ones, each once, in the site's order; undefined if none. */
export function cleanLocales(values: readonly unknown[]): Locale[] | undefined {
  const locales = routing.locales.filter((locale) => values.includes(locale));
  return locales.length > 0 && locales.length === values.length ? locales : undefined;
}

export async function signReviewToken(claims: ReviewClaims, key: Uint8Array): Promise<string> {
  return new SignJWT({ lng: claims.locales, lbl: claims.label, rk: claims.revision })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(claims.slug)
    .setJti(claims.id)
    .setIssuedAt(Math.floor(claims.issuedAt.getTime() / 1000))
    .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
    .sign(key);
}

/**
 * Checks a token with jose (HS256 only, this portal's issuer and audience, an
 * expiry required) and then every claim's shape. A malformed input is not
 * turned away before the signature work: it pays for one HMAC too, so how long
 * the answer takes does not say how far an input got.
 */
export async function verifyReviewToken(token: unknown, key: Uint8Array, now = new Date()): Promise<Verified> {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token) || !canonical(token)) {
    createHmac('sha256', key).update(typeof token === 'string' ? token.slice(0, MAX_TOKEN_LENGTH) : '').digest();
    return { kind: 'invalid' };
  }
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience: AUDIENCE,
      currentDate: now,
      requiredClaims: ['sub', 'jti', 'iat', 'exp'],
    });
    const claims = claimsOf(payload);
    return claims ? { kind: 'valid', claims } : { kind: 'invalid' };
  } catch (error) {
    // jose checks the time only after the signature, so an expired token's claims are genuine.
    if (error instanceof errors.JWTExpired) {
      const claims = claimsOf(error.payload);
      return claims ? { kind: 'expired', claims } : { kind: 'invalid' };
    }
    return { kind: 'invalid' };
  }
}

/**
 * Whether every part is base64url as this portal writes it. Decoders ignore
 * the unused low bits of a last character, so without this a token with its
 * last character changed (say A to B) would still verify: another URL for the
 * same link, which the audit log or a blocklist would tell apart.
 */
function canonical(token: string): boolean {
  return token.split('.').every((part) => Buffer.from(part, 'base64url').toString('base64url') === part);
}

/** The claims of a verified payload, if every one has the shape this portal signs. */
function claimsOf(payload: JWTPayload): ReviewClaims | undefined {
  const { sub, jti, iat, exp, lng, lbl, rk } = payload as JWTPayload & { lng?: unknown; lbl?: unknown; rk?: unknown };
  if (typeof sub !== 'string' || !SLUG.test(sub)) return undefined;
  if (typeof jti !== 'string' || !LINK_ID.test(jti)) return undefined;
  if (typeof iat !== 'number' || typeof exp !== 'number' || exp <= iat || exp - iat > MAX_LIFETIME) return undefined;
  if (!Array.isArray(lng)) return undefined;
  const locales = cleanLocales(lng);
  if (!locales) return undefined;
  if (typeof lbl !== 'string' || cleanLabel(lbl) !== lbl) return undefined;
  if (typeof rk !== 'string' || !REVISION.test(rk)) return undefined;
  return {
    id: jti,
    slug: sub,
    locales,
    label: lbl,
    issuedAt: new Date(iat * 1000),
    expiresAt: new Date(exp * 1000),
    revision: rk,
  };
}
