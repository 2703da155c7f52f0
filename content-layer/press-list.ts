import { applyFilter, facetsOf, parseFilter, type Facets, type ListFilter } from './filters';
import type { ReleaseVersion } from './load';
import { paginate, parsePageParam, type Page } from './pagination';

type Param = string | string[] | null | undefined;

export interface PressListView {
  filter: ListFilter;
  facets: Facets;
  page: Page<ReleaseVersion>;
}

/**
 * One page of the press list for `?year=&tag=&page=`, or null when any of them
 * names nothing (a 404). The proxy and the page both ask this, so they agree.
 * A filter that matches nothing still has its first page, which says so.
 */
export function resolvePressList(
  versions: readonly ReleaseVersion[],
  rawParams: { year?: Param; tag?: Param; page?: Param },
): PressListView | null {
  // A parameter given as a list means: absent, one value, or (a 404) several.
  const one = (value: Param) => (Array.isArray(value) && value.length <= 1 ? value[0] : value);
  const params = { year: one(rawParams.year), tag: one(rawParams.tag), page: one(rawParams.page) };
  const facets = facetsOf(versions);
  const filter = parseFilter(params.year, params.tag, facets);
  const pageNumber = parsePageParam(params.page ?? undefined);
  if (filter === null || pageNumber === null) return null;
  const page = paginate(applyFilter(versions, filter), pageNumber);
  return page && { filter, facets, page };
}

/**
 * The press list's query (`?year=&tag=&page=`) as one path segment, so that
 * the proxy can rewrite each list page to a URL Next caches like any static
 * page. Only these three parameters count; anything else in the query is not
 * part of the page.
 */
export function encodeListView(searchParams: URLSearchParams): string {
  const view = new URLSearchParams();
  for (const name of ['year', 'tag', 'page']) {
    for (const value of searchParams.getAll(name)) view.append(name, value);
  }
  return view.toString() || 'all';
}

/** The inverse of encodeListView, from the path segment as Next passes it (still percent-encoded). */
export function decodeListView(segment: string): { year?: string[]; tag?: string[]; page?: string[] } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const view = new URLSearchParams(decoded === 'all' ? '' : decoded);
  return { year: view.getAll('year'), tag: view.getAll('tag'), page: view.getAll('page') };
}
