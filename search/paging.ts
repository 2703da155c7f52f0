/**
 * What the proxy and the search page share about a search request, kept out
 * of search.ts so that the proxy's checks need none of the index's code.
 */
import { facetsOf, parseShowWithdrawn, parseYear, SHOW_PARAM, SHOW_WITHDRAWN, type Param } from '@/content-layer/filters';
import type { ReleaseVersion } from '@/content-layer/load';

/** Search results shown on one page. */
export const SEARCH_RESULTS_PER_PAGE = 10;

/** Longer queries are cut: the index searches at most this many characters anyway. */
export const MAX_QUERY_LENGTH = 100;

/** What a search is narrowed to (`?year=&unit=`); both optional. */
export interface SearchFilter {
  year?: number;
  /** An issuing unit, as releases name it. */
  unit?: string;
  /** Withdrawn releases found too (`?show=withdrawn`). */
  withdrawn?: true;
}

/** The query as searched and shown: trimmed, runs of white space as one, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(query: string): string {
  return [...query.replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * Reads `?year=&unit=` against the years and units of a language's public
 * releases, as the press list reads its filters (content-layer/filters.ts): an
 * empty value (the form's "all") means no filter; a repeated parameter, or a
 * year or unit no release has, is null, which the proxy answers with a 404.
 */
export function parseSearchFilter(year: Param, unit: Param, versions: readonly ReleaseVersion[], show?: Param): SearchFilter | null {
  if (Array.isArray(year) || Array.isArray(unit)) return null;
  const withdrawn = parseShowWithdrawn(show);
  if (withdrawn === null) return null;
  const facets = facetsOf(versions);
  const filter: SearchFilter = {};
  const parsedYear = parseYear(year, facets);
  if (parsedYear === null) return null;
  if (parsedYear !== undefined) filter.year = parsedYear;
  if (unit) {
    if (!facets.units.some((each) => each.unit === unit)) return null;
    filter.unit = unit;
  }
  if (withdrawn) filter.withdrawn = true;
  return filter;
}

export const isFiltered = (filter: SearchFilter) => filter.year !== undefined || filter.unit !== undefined;

/** `?q=…&year=…&unit=…&page=…`: a search as a query string. */
export function searchParams(query: string, page = 1, filter: SearchFilter = {}): URLSearchParams {
  const params = new URLSearchParams({ q: normalizeQuery(query) });
  if (filter.year !== undefined) params.set('year', String(filter.year));
  if (filter.unit !== undefined) params.set('unit', filter.unit);
  if (filter.withdrawn) params.set(SHOW_PARAM, SHOW_WITHDRAWN);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The path of a search page, without the language prefix. */
export const searchPath = (query: string, page = 1, filter: SearchFilter = {}) => `/search?${searchParams(query, page, filter)}`;

/**
 * A search (query, filter and page) as one path segment, so that the proxy can rewrite
 * /search?q=&year=&unit=&page= to a page Next caches, in memory only (isrFlushToDisk is off,
 * so random queries cannot fill the disk; the memory cache is bounded). The
 * filter's values have been checked by the proxy.
 */
export function encodeSearchView(
  query: string,
  page: number,
  filter: { year?: string | null; unit?: string | null; show?: string | null } = {},
): string {
  const view = new URLSearchParams({ q: normalizeQuery(query) });
  if (filter.year) view.set('year', filter.year);
  if (filter.unit) view.set('unit', filter.unit);
  if (filter.show) view.set(SHOW_PARAM, filter.show);
  if (page > 1) view.set('page', String(page));
  return view.toString();
}

export function decodeSearchView(
  segment: string,
): { query: string; page: string | undefined; year: string | undefined; unit: string | undefined; show: string | undefined } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const view = new URLSearchParams(decoded);
  return {
    query: view.get('q') ?? '',
    page: view.get('page') ?? undefined,
    year: view.get('year') ?? undefined,
    unit: view.get('unit') ?? undefined,
    show: view.get(SHOW_PARAM) ?? undefined,
  };
}
