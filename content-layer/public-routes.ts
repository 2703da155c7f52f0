import type { Locale } from '@/i18n/routing';
import { SHOW_PARAM } from './filters';
import { parsePageParam } from './pagination';
import { resolvePressList } from './press-list';
import { parseSearchFilter, SEARCH_RESULTS_PER_PAGE, type SearchFilter } from '@/search/paging';
import type { ReleaseIndex } from './releases';

/** Pages that exist in every language, whatever the content. */
export const FIXED_PAGES = new Set(['/', '/site-map', '/accessibility', '/open-data', '/open-data/api']);

/**
 * Whether a page exists for a reader: a fixed page (home, site map,
 * accessibility statement), a press-list page that exists for its filter and
 * page number, a search-results page that has results on it, or a public release. Everything else is a 404.
 *
 * The proxy asks this before rendering, because a `notFound()` thrown while
 * rendering (Next 16.3+) answers 404 with an empty HTML shell and the 404 page
 * only in the client payload: readers without JavaScript would see nothing.
 */
/** How many releases a search finds; asked only for result pages past the first. */
export type CountSearchResults = (locale: Locale, query: string, now: Date, filter: SearchFilter) => number;

export function publicRouteExists(
  index: ReleaseIndex,
  locale: Locale,
  pathname: string,
  searchParams: URLSearchParams,
  now = new Date(),
  countSearchResults: CountSearchResults = () => 0,
): boolean {
  if (FIXED_PAGES.has(pathname)) return true;
  if (pathname === '/search') {
    const query = param(searchParams, 'q');
    const page = parsePageParam(param(searchParams, 'page'));
    if (Array.isArray(query) || page === null) return false;
    // A year or unit no release has is a 404, as on the press list.
    const filter = parseSearchFilter(
      param(searchParams, 'year'),
      param(searchParams, 'unit'),
      index.list(locale, now),
      param(searchParams, SHOW_PARAM),
    );
    if (filter === null) return false;
    if (page === 1) return true;
    return page <= Math.ceil(countSearchResults(locale, query ?? '', now, filter) / SEARCH_RESULTS_PER_PAGE);
  }
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
function param(searchParams: URLSearchParams, name: string): string | string[] | undefined {
  const values = searchParams.getAll(name);
  return values.length > 1 ? values : values[0];
}
