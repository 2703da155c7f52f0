import type { Locale } from '@/i18n/routing';
import { paginate, parsePageParam } from './pagination';
import type { ReleaseIndex } from './releases';

/** Pages that exist in every language, whatever the content. */
const FIXED_PAGES = new Set(['/', '/site-map', '/accessibility']);

/**
 * Whether a page exists for a reader: a fixed page (home, site map,
 * accessibility statement), a press-list page that has releases on it, or a
 * public release. Everything else is a 404.
 *
 * The proxy asks this before rendering, because a `notFound()` thrown while
 * rendering (Next 16.3+) answers 404 with an empty HTML shell and the 404 page
 * only in the client payload: readers without JavaScript would see nothing.
 */
export function publicRouteExists(
  index: ReleaseIndex,
  locale: Locale,
  pathname: string,
  searchParams: URLSearchParams,
  now = new Date(),
): boolean {
  if (FIXED_PAGES.has(pathname)) return true;
  if (pathname === '/press') {
    const pageValues = searchParams.getAll('page');
    const page = parsePageParam(pageValues.length > 1 ? pageValues : pageValues[0]);
    return page !== null && paginate(index.list(locale, now), page) !== null;
  }
  const slug = /^\/press\/([^/]+)$/.exec(pathname)?.[1];
  return slug !== undefined && index.find(locale, slug, now) !== undefined;
}
