import type { ReleaseVersion } from './load';

/** What the press list is narrowed to; both optional. */
export interface ListFilter {
  year?: number;
  tag?: string;
}

/** The years and tags that releases in one language actually have: the only values a filter may take. */
export interface Facets {
  /** Newest first. */
  years: number[];
  /** Most used first, then alphabetically. */
  tags: { tag: string; count: number }[];
}

const taipeiYear = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Taipei', year: 'numeric' });

/** The year a release was published in, in Taipei. */
export function releaseYear(version: ReleaseVersion): number {
  return Number(taipeiYear.format(version.date.instant));
}

export function facetsOf(versions: readonly ReleaseVersion[]): Facets {
  const years = new Set<number>();
  const tags = new Map<string, number>();
  for (const version of versions) {
    years.add(releaseYear(version));
    for (const tag of version.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    tags: [...tags]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)),
  };
}

type Param = string | string[] | null | undefined;

/**
 * Reads `?year=&tag=` against the facets. An empty value (the form's "all"
 * option) means no filter; a repeated parameter or a value no release has is
 * null, which pages answer with 404: a filter link is never a dead end that
 * looks like an empty archive.
 */
export function parseFilter(year: Param, tag: Param, facets: Facets): ListFilter | null {
  if (Array.isArray(year) || Array.isArray(tag)) return null;
  const filter: ListFilter = {};
  if (year) {
    if (!/^\d{4}$/.test(year) || !facets.years.includes(Number(year))) return null;
    filter.year = Number(year);
  }
  if (tag) {
    if (!facets.tags.some((each) => each.tag === tag)) return null;
    filter.tag = tag;
  }
  return filter;
}

export function applyFilter(versions: readonly ReleaseVersion[], filter: ListFilter): ReleaseVersion[] {
  return versions.filter(
    (version) =>
      (filter.year === undefined || releaseYear(version) === filter.year) &&
      (filter.tag === undefined || version.tags.includes(filter.tag)),
  );
}

/** `?year=2023&tag=…&page=2`: the filter (and page) as a query string, empty when there is none. */
export function filterQuery(filter: ListFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.year !== undefined) params.set('year', String(filter.year));
  if (filter.tag !== undefined) params.set('tag', filter.tag);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
