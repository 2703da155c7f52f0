/**
 * Successful API answers as an HTTP client expects them: an ETag and a
 * Last-Modified to revalidate with (304 on a conditional GET), readable from
 * any origin, and cacheable exactly as long as nothing can change them.
 */
import { createHash } from 'node:crypto';
import { PUBLIC_MAX_AGE } from '@/cache-policy';
import { CORS_HEADERS } from './cors';
import { httpDate } from './dates';

/**
 * Seconds a public answer may be kept: the pages' lifetime, but never past the
 * moment the next scheduled release comes due, so that it appears on time.
 */
export function maxAgeUntil(nextDue: Date | undefined, now: Date): number {
  if (!nextDue) return PUBLIC_MAX_AGE;
  return Math.max(0, Math.min(PUBLIC_MAX_AGE, Math.floor((nextDue.getTime() - now.getTime()) / 1000)));
}

/**
 * Browsers and shared caches alike keep it `maxAge` seconds, and no longer:
 * no stale-while-revalidate, which would let a cache serve a list without a
 * release that has come due.
 */
export const apiCacheControl = (maxAge: number) => `public, max-age=${maxAge}, s-maxage=${maxAge}`;

/**
 * Weak, since the body is compressed on its way out; the same body has the same
 * tag on every instance of the cluster, as it hashes only the body.
 */
export function entityTag(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether `If-None-Match` names this tag (weak comparison, as RFC 9110 asks for GET). */
export function noneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

/** Whether `If-Modified-Since` is at or after the last change (HTTP dates have whole seconds). */
export function notModifiedSince(header: string | null, lastModified: Date): boolean {
  if (header === null) return false;
  const since = Date.parse(header);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface Representation {
  /** The body, already serialised. */
  body: string;
  contentType: string;
  lastModified: Date;
  maxAge: number;
  /** Extra headers, e.g. `Link` for a page of a list. */
  headers?: Record<string, string>;
}

/**
 * The answer to a GET or HEAD: 304 when the client's copy is current
 * (`If-None-Match` decides when present, else `If-Modified-Since`), else 200.
 */
export function representationResponse(request: Request, representation: Representation): Response {
  const etag = entityTag(representation.body);
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Cache-Control': apiCacheControl(representation.maxAge),
    ETag: etag,
    'Last-Modified': httpDate(representation.lastModified),
    ...representation.headers,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  const current =
    ifNoneMatch !== null
      ? noneMatch(ifNoneMatch, etag)
      : notModifiedSince(request.headers.get('if-modified-since'), representation.lastModified);
  if (current) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : representation.body, {
    status: 200,
    headers: { ...headers, 'Content-Type': representation.contentType },
  });
}

export const JSON_TYPE = 'application/json; charset=utf-8';
