import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How long shared caches (a CDN, deploy/nginx.conf) may keep a public page
 * before asking again, and how long after that they may still serve the old
 * copy while they fetch the new one. A correction or a newly public release
 * reaches readers within PUBLIC_MAX_AGE seconds of the cache asking; the
 * stale copy is never older than PUBLIC_MAX_AGE + STALE_WHILE_REVALIDATE.
 */
export const PUBLIC_MAX_AGE = 60;
export const STALE_WHILE_REVALIDATE = 300;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_MAX_AGE}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}`;
/** 404s and other errors: a cache keeps none, so a page that comes into being is found at once. */
export const ERROR_CACHE_CONTROL = 'private, no-store';

let buildId: string | undefined;
/** The build being served: a redeploy changes every ETag, even if the content did not change. */
function currentBuildId(): string {
  buildId ??= (() => {
    try {
      return readFileSync(join(process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'), 'utf8').trim();
    } catch {
      return 'development';
    }
  })();
  return buildId;
}

/**
 * A weak ETag for a page rendered per request (the press list, search): it
 * changes with the build, the content, the URL and how many releases are
 * public now, which is all such a page depends on.
 */
export function pageEtag(contentDigest: string, url: string, publicCount: number): string {
  const hash = createHash('sha256').update(`${currentBuildId()}\0${contentDigest}\0${url}\0${publicCount}`);
  return `W/"${hash.digest('base64url').slice(0, 22)}"`;
}
