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
  params: { year?: Param; tag?: Param; page?: Param },
): PressListView | null {
  const facets = facetsOf(versions);
  const filter = parseFilter(params.year, params.tag, facets);
  const pageNumber = parsePageParam(params.page ?? undefined);
  if (filter === null || pageNumber === null) return null;
  const page = paginate(applyFilter(versions, filter), pageNumber);
  return page && { filter, facets, page };
}
