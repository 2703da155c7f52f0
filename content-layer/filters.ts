import { taipeiYear } from './dates';
import type { ReleaseVersion } from './load';

/** What the press list is narrowed to; both optional. */
export interface ListFilter {
  year?: number;
  tag?: string;
  /** Withdrawn releases listed too (`?show=withdrawn`); by default the list leaves them out. */
  withdrawn?: true;
}

/** The URL parameter and value that ask a list or a search for withdrawn releases too. */
export const SHOW_PARAM = 'show';
export const SHOW_WITHDRAWN = 'withdrawn';

/**
 * `?show=withdrawn`: true; absent or empty: false; anything else (a repeated
 * or unknown value): null, a 404 like any filter that names nothing.
 */
export function parseShowWithdrawn(show: Param): boolean | null {
  if (Array.isArray(show)) return show.length === 0 ? false : show.length === 1 ? parseShowWithdrawn(show[0]) : null;
  if (!show) return false;
  return show === SHOW_WITHDRAWN ? true : null;
}

/** The years, tags and issuing units that releases in one language actually have: the only values a filter may take. */
export interface Facets {
  /** Newest first. */
  years: number[];
  /** Most used first, then alphabetically. */
  tags: { tag: string; count: number }[];
  /** Most used first, then alphabetically (search narrows by unit; see search/paging.ts). */
  units: { unit: string; count: number }[];
}

/** The year a release was published in, in Taipei. */
export function releaseYear(version: ReleaseVersion): number {
  return taipeiYear(version.date.instant);
}

/** A language's releases grouped once by year and by tag, in the list's order. */
interface Groups {
  facets: Facets;
  byYear: Map<number, readonly ReleaseVersion[]>;
  byTag: Map<string, readonly ReleaseVersion[]>;
  /** Year and tag together, worked out when first asked. */
  byBoth: Map<string, readonly ReleaseVersion[]>;
}

// Facets and filtered lists are derived from a language's list of public
// releases, which the index keeps as one array until a scheduled release comes
// due: keyed by that array, they are worked out in one pass, once, not on every
// request, so a list page costs the same with 1,000 releases as with 10,000.
// The cache is process-wide (like the index, see releases.ts): the proxy and
// every route are bundled with their own copy of this module, and the server
// fills it before its first request (warm.ts).
const GROUPS = Symbol.for('moda-press-portal.list-groups');
const processGlobal = globalThis as typeof globalThis & { [GROUPS]?: WeakMap<readonly ReleaseVersion[], Groups> };
const groupsCache = (processGlobal[GROUPS] ??= new WeakMap());

function groupsOf(versions: readonly ReleaseVersion[]): Groups {
  let groups = groupsCache.get(versions);
  if (!groups) {
    groups = group(versions);
    groupsCache.set(versions, groups);
  }
  return groups;
}

function group(versions: readonly ReleaseVersion[]): Groups {
  const byYear = new Map<number, ReleaseVersion[]>();
  const byTag = new Map<string, ReleaseVersion[]>();
  const unitCounts = new Map<string, number>();
  const add = <K>(map: Map<K, ReleaseVersion[]>, key: K, version: ReleaseVersion) => {
    const list = map.get(key);
    if (list) list.push(version);
    else map.set(key, [version]);
  };
  for (const version of versions) {
    add(byYear, releaseYear(version), version);
    for (const tag of new Set(version.tags)) add(byTag, tag, version);
    unitCounts.set(version.unit, (unitCounts.get(version.unit) ?? 0) + 1);
  }
  const mostUsedFirst = (a: { count: number; name: string }, b: { count: number; name: string }) =>
    b.count - a.count || a.name.localeCompare(b.name);
  const facets: Facets = {
    years: [...byYear.keys()].sort((a, b) => b - a),
    tags: [...byTag]
      .map(([tag, list]) => ({ tag, count: list.length, name: tag }))
      .sort(mostUsedFirst)
      .map(({ tag, count }) => ({ tag, count })),
    units: [...unitCounts]
      .map(([unit, count]) => ({ unit, count, name: unit }))
      .sort(mostUsedFirst)
      .map(({ unit, count }) => ({ unit, count })),
  };
  return { facets, byYear, byTag, byBoth: new Map() };
}

export function facetsOf(versions: readonly ReleaseVersion[]): Facets {
  return groupsOf(versions).facets;
}

export type Param = string | string[] | null | undefined;

/**
 * A `?year=` value against the facets: undefined for none (empty is the forms'
 * "all"), null for a year no release has or anything else (a 404).
 */
export function parseYear(year: string | null | undefined, facets: Facets): number | undefined | null {
  if (!year) return undefined;
  return /^\d{4}$/.test(year) && facets.years.includes(Number(year)) ? Number(year) : null;
}

/**
 * Reads `?year=&tag=` against the facets. An empty value (the form's "all"
 * option) means no filter; a repeated parameter or a value no release has is
 * null, which pages answer with 404: a filter link is never a dead end that
 * looks like an empty archive.
 */
export function parseFilter(year: Param, tag: Param, facets: Facets): ListFilter | null {
  if (Array.isArray(year) || Array.isArray(tag)) return null;
  const filter: ListFilter = {};
  const parsedYear = parseYear(year, facets);
  if (parsedYear === null) return null;
  if (parsedYear !== undefined) filter.year = parsedYear;
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
  const { year, tag } = filter;
  if (year === undefined && tag === undefined) return versions;
  const groups = groupsOf(versions);
  if (tag === undefined) return groups.byYear.get(year!) ?? [];
  const tagged = groups.byTag.get(tag) ?? [];
  if (year === undefined) return tagged;
  const key = `${year} ${tag}`;
  let both = groups.byBoth.get(key);
  if (!both) {
    both = tagged.filter((version) => releaseYear(version) === year);
    groups.byBoth.set(key, both);
  }
  return both;
}

/** `?year=2023&tag=…&page=2`: the filter (and page) as a query string, empty when there is none. */
export function filterQuery(filter: ListFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter.year !== undefined) params.set('year', String(filter.year));
  if (filter.tag !== undefined) params.set('tag', filter.tag);
  if (filter.withdrawn) params.set(SHOW_PARAM, SHOW_WITHDRAWN);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
