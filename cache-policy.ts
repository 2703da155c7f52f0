/**
 * How long shared caches (a CDN, a caching reverse proxy) may keep a public page
 * before asking again, and how long after that they may still serve the old
 * copy while they fetch the new one. A correction or a newly public release
 * reaches readers within PUBLIC_MAX_AGE seconds of the cache asking; the
 * stale copy is never older than PUBLIC_MAX_AGE + STALE_WHILE_REVALIDATE.
 */
export const PUBLIC_MAX_AGE = 60;
export const STALE_WHILE_REVALIDATE = 300;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
/**
 * Anything no shared cache may keep: 404s and other errors (so a page that
 * comes into being is found at once), and every answer to a request carrying
 * the Draft Mode cookie, real or forged (so no preview ever reaches a reader).
 */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

/**
 * A release's own image at its content-addressed URL (`/media/<slug>/<version>/…`):
 * the version is a hash of the file, so what a URL names never changes and
 * browsers and caches may keep it for a year without asking again.
 */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
