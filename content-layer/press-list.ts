import { applyFilter, facetsOf, parseFilter, parseShowWithdrawn, SHOW_PARAM, type Facets, type ListFilter } from './filters';
import type { ReleaseVersion } from './load';
import { paginate, parsePageParam, type Page } from './pagination';
import type { ReleaseIndex } from './releases';
import type { Locale } from '@/i18n/routing';

type Param = string | string[] | null | undefined;

export interface PressListView {
  filter: ListFilter;
  facets: Facets;
  page: Page<ReleaseVersion>;
}

/**
 * One page of the press list for `?year=&tag=&show=&page=`, or null when any
 * of them names nothing (a 404). The proxy and the page both ask this, so they
 * agree. A filter that matches nothing still has its first page, which says so.
 * Withdrawn releases are listed only when `show=withdrawn` asks for them.
 */
export function resolvePressList(
  index: ReleaseIndex,
  locale: Locale,
  rawParams: { year?: Param; tag?: Param; show?: Param; page?: Param },
  now = new Date(),
): PressListView | null {
  // A parameter given as a list means: absent, one value, or (a 404) several.
  const one = (value: Param) => (Array.isArray(value) && value.length <= 1 ? value[0] : value);
  const params = { year: one(rawParams.year), tag: one(rawParams.tag), page: one(rawParams.page) };
  const withdrawn = parseShowWithdrawn(rawParams.show);
  if (withdrawn === null) return null;
  const versions = withdrawn ? index.list(locale, now) : index.current(locale, now);
  const facets = facetsOf(versions);
  const filter = parseFilter(params.year, params.tag, facets);
  const pageNumber = parsePageParam(params.page ?? undefined);
  if (filter === null || pageNumber === null) return null;
  if (withdrawn) filter.withdrawn = true;
  const page = paginate(applyFilter(versions, filter), pageNumber);
  return page && { filter, facets, page };
}

/**
 * The press list's query (`?year=&tag=&page=`) as one path segment, so that
 * the proxy can rewrite each list page to a URL Next caches like any static
 * page. Only these four parameters count; anything else in the query is not
 * part of the page.
 */
export function encodeListView(searchParams: URLSearchParams): string {
  const view = new URLSearchParams();
  for (const name of ['year', 'tag', SHOW_PARAM, 'page']) {
    for (const value of searchParams.getAll(name)) view.append(name, value);
  }
  return view.toString() || 'all';
}

/** The inverse of encodeListView, from the path segment as Next passes it (still percent-encoded). */
export function decodeListView(segment: string): { year?: string[]; tag?: string[]; show?: string[]; page?: string[] } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const view = new URLSearchParams(decoded === 'all' ? '' : decoded);
  return { year: view.getAll('year'), tag: view.getAll('tag'), show: view.getAll(SHOW_PARAM), page: view.getAll('page') };
}
