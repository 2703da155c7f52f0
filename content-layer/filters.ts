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

// Facets and filtered lists are derived from a language's list of public
// releases, which the index keeps as one array until a scheduled release comes
// due: keyed by that array, each is computed once, not on every request, so a
// list page costs the same with 1,000 releases as with 10,000.
const facetsCache = new WeakMap<readonly ReleaseVersion[], Facets>();
const filteredCache = new WeakMap<readonly ReleaseVersion[], Map<string, readonly ReleaseVersion[]>>();

export function facetsOf(versions: readonly ReleaseVersion[]): Facets {
  let facets = facetsCache.get(versions);
  if (!facets) {
    facets = computeFacets(versions);
    facetsCache.set(versions, facets);
  }
  return facets;
}

function computeFacets(versions: readonly ReleaseVersion[]): Facets {
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

/**
 * The releases matching a filter, in the list's order. Only filters that
 * `parseFilter` accepted reach here, so the cache holds at most one list per
 * year and tag that exists.
 */
export function applyFilter(versions: readonly ReleaseVersion[], filter: ListFilter): readonly ReleaseVersion[] {
  if (filter.year === undefined && filter.tag === undefined) return versions;
  let byFilter = filteredCache.get(versions);
  if (!byFilter) {
    byFilter = new Map();
    filteredCache.set(versions, byFilter);
  }
  const key = JSON.stringify([filter.year ?? null, filter.tag ?? null]);
  let filtered = byFilter.get(key);
  if (!filtered) {
    filtered = versions.filter(
      (version) =>
        (filter.year === undefined || releaseYear(version) === filter.year) &&
        (filter.tag === undefined || version.tags.includes(filter.tag)),
    );
    byFilter.set(key, filtered);
  }
  return filtered;
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
