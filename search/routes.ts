import { SHOW_PARAM } from '@/content-layer/filters';
import { parsePageParam } from '@/content-layer/pagination';
import { param, type OtherPages } from '@/content-layer/public-routes';
import type { ReleaseIndex } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { parseSearchFilter, SEARCH_RESULTS_PER_PAGE, type SearchFilter } from './paging';

/** How many releases a search finds; asked only for result pages past the first. */
export type CountSearchResults = (locale: Locale, query: string, now: Date, filter: SearchFilter) => number;

/**
 * Whether a search page exists: the first page of any search does; a later
 * one only where there are results on it; a year or unit no release has, a
 * repeated parameter or a page that is no number is a 404, as on the press list.
 */
export function searchPageExists(
  index: ReleaseIndex,
  locale: Locale,
  searchParams: URLSearchParams,
  now: Date,
  countSearchResults: CountSearchResults,
): boolean {
  const query = param(searchParams, 'q');
  const page = parsePageParam(param(searchParams, 'page'));
  if (Array.isArray(query) || page === null) return false;
  const filter = parseSearchFilter(param(searchParams, 'year'), param(searchParams, 'unit'), index.list(locale, now), param(searchParams, SHOW_PARAM));
  if (filter === null) return false;
  if (page === 1) return true;
  return page <= Math.ceil(countSearchResults(locale, query ?? '', now, filter) / SEARCH_RESULTS_PER_PAGE);
}

/** The search pages, for content-layer/public-routes.ts's existence check. */
export function searchPages(
  index: ReleaseIndex,
  locale: Locale,
  searchParams: URLSearchParams,
  now: Date,
  countSearchResults: CountSearchResults,
): OtherPages {
  return (pathname) => (pathname === '/search' ? searchPageExists(index, locale, searchParams, now, countSearchResults) : undefined);
}
