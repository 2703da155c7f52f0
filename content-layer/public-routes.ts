import type { Locale } from '@/i18n/routing';
import { SHOW_PARAM } from './filters';
import { resolvePressList } from './press-list';
import type { ReleaseIndex } from './releases';

/** Pages that exist in every language, whatever the content. */
export const FIXED_PAGES = new Set(['/', '/site-map', '/accessibility', '/open-data', '/open-data/api']);

/**
 * Pages that another layer answers for (search results, see search/routes.ts),
 * asked first: true or false for a path it knows, undefined for any other.
 */
export type OtherPages = (pathname: string) => boolean | undefined;

/**
 * Whether a page exists for a reader: a fixed page (home, site map,
 * accessibility statement), a press-list page that exists for its filter and
 * page number, a public release, or a page `otherPages` knows. Everything else is a 404.
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
  otherPages: OtherPages = () => undefined,
): boolean {
  if (FIXED_PAGES.has(pathname)) return true;
  const other = otherPages(pathname);
  if (other !== undefined) return other;
  if (pathname === '/press') {
    return resolvePressList(index, locale, {
      year: param(searchParams, 'year'),
      tag: param(searchParams, 'tag'),
      show: param(searchParams, SHOW_PARAM),
      page: param(searchParams, 'page'),
    }, now) !== null;
  }
  const slug = /^\/press\/([^/]+)$/.exec(pathname)?.[1];
  return slug !== undefined && index.find(locale, slug, now) !== undefined;
}

/** A query parameter as pages receive it: absent, one value, or several. */
export function param(searchParams: URLSearchParams, name: string): string | string[] | undefined {
  const values = searchParams.getAll(name);
  return values.length > 1 ? values : values[0];
}
