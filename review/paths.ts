import { routing, type Locale } from '@/i18n/routing';

/**
 * i18n/urls.ts's localizedPath, here because the proxy runs this module and
 * that one brings next-intl's server functions, which the proxy cannot load.
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/** Review links live under /review/ (and /en/review/): the only way into a draft for someone who is not staff. */
export const REVIEW_PREFIX = '/review';

/** The internal 404 page for a link that is not valid; asked for directly it is a 404 like any unknown page. */
export const INVALID_REVIEW_ROUTE = '/review-invalid';

export type ReviewView = 'release' | 'side-by-side';

/** Whether a path (without its locale) is a review link's, valid or not. */
export const isReviewPath = (path: string) => path === REVIEW_PREFIX || path.startsWith(`${REVIEW_PREFIX}/`);

/** `/review/<token>` and `/review/<token>/side-by-side`; anything else under /review/ names no link. */
export function parseReviewPath(path: string): { token: string; view: ReviewView } | undefined {
  const match = /^\/review\/([^/]+)(\/side-by-side)?$/.exec(path);
  if (!match) return undefined;
  return { token: match[1]!, view: match[2] ? 'side-by-side' : 'release' };
}

export const reviewPath = (locale: Locale, token: string, view: ReviewView = 'release') =>
  localizedPath(locale, `${REVIEW_PREFIX}/${token}${view === 'side-by-side' ? '/side-by-side' : ''}`);

/** The overview's query parameter that carries a link just created, for staff to copy. */
export const CREATED_LINK_PARAM = 'review-link';
