/**
 * Which releases a query selects, and how many: from the index's list of a
 * language's public releases (withdrawn ones included, marked), newest first,
 * or in the site's search order when the query has `q`. Lists derived from
 * that list are kept against it, like the press list's (content-layer/filters.ts),
 * so a filtered page costs the same at 1,000 releases as at 10,000.
 */
import { applyFilter } from '@/content-layer/filters';
import type { ReleaseVersion } from '@/content-layer/load';
import type { SearchIndex } from '@/search/search';
import { lastModified } from './record';
import type { ReleasesQuery } from './releases-query';

export interface Selection {
  total: number;
  /** The releases on the page asked for. */
  page: readonly ReleaseVersion[];
}

const byUnitCache = new WeakMap<readonly ReleaseVersion[], Map<string, ReleaseVersion[]>>();

function byUnit(versions: readonly ReleaseVersion[]): Map<string, ReleaseVersion[]> {
  let units = byUnitCache.get(versions);
  if (!units) {
    units = new Map();
    for (const version of versions) {
      const list = units.get(version.unit);
      if (list) list.push(version);
      else units.set(version.unit, [version]);
    }
    byUnitCache.set(versions, units);
  }
  return units;
}

/** The list narrowed by unit, tag and year (no search), in the list's order. */
function filtered(list: readonly ReleaseVersion[], query: ReleasesQuery): readonly ReleaseVersion[] {
  const { unit, tag, year } = query;
  let versions: readonly ReleaseVersion[];
  if (tag !== undefined || year !== undefined) {
    versions = applyFilter(list, { ...(tag !== undefined ? { tag } : {}), ...(year !== undefined ? { year } : {}) });
    if (unit !== undefined) versions = versions.filter((version) => version.unit === unit);
  } else {
    versions = unit === undefined ? list : (byUnit(list).get(unit) ?? []);
  }
  return versions;
}

const changedSince = (since: Date) => (version: ReleaseVersion) => lastModified(version).getTime() >= since.getTime();

/**
 * Each version's last change, as numbers, in a list's order: worked out once
 * per list (lists are kept until a scheduled release comes due), so that
 * `updated_since` scans numbers, not versions (60 ms at 10,000 releases before).
 */
const modifiedTimesCache = new WeakMap<readonly ReleaseVersion[], Float64Array>();
function modifiedTimes(versions: readonly ReleaseVersion[]): Float64Array {
  let times = modifiedTimesCache.get(versions);
  if (!times) {
    times = Float64Array.from(versions, (version) => lastModified(version).getTime());
    modifiedTimesCache.set(versions, times);
  }
  return times;
}

function changedSinceIn(versions: readonly ReleaseVersion[], since: Date): ReleaseVersion[] {
  const times = modifiedTimes(versions);
  const time = since.getTime();
  const changed: ReleaseVersion[] = [];
  for (let i = 0; i < times.length; i++) if (times[i]! >= time) changed.push(versions[i]!);
  return changed;
}

/**
 * The page of releases a query asks for. `list` is what the index gives the
 * public now; `search` is the language's search index, asked only for `q`.
 */
export function selectReleases(list: readonly ReleaseVersion[], query: ReleasesQuery, search: () => SearchIndex, now: Date): Selection {
  const start = (query.page - 1) * query.perPage;
  if (query.q === undefined) {
    let versions = filtered(list, query);
    if (query.updatedSince) versions = changedSinceIn(versions, query.updatedSince);
    return { total: versions.length, page: versions.slice(start, start + query.perPage) };
  }
  const options = { now, withdrawn: true, snippets: false, year: query.year, unit: query.unit };
  if (query.tag === undefined && query.updatedSince === undefined) {
    const results = search().search(query.q, { ...options, offset: start, limit: query.perPage });
    return { total: results.total, page: results.hits.map((hit) => hit.release) };
  }
  // The search narrows by year and unit itself; tag and date are asked of every match, in its order.
  const { total } = search().search(query.q, { ...options, limit: 0 });
  let matches = search()
    .search(query.q, { ...options, limit: total })
    .hits.map((hit) => hit.release);
  if (query.tag !== undefined) matches = matches.filter((version) => version.tags.includes(query.tag!));
  if (query.updatedSince) matches = matches.filter(changedSince(query.updatedSince));
  return { total: matches.length, page: matches.slice(start, start + query.perPage) };
}

const newestChangeCache = new WeakMap<readonly ReleaseVersion[], number>();

/** The newest change to any release of a list: a list's Last-Modified. Kept per list. */
export function newestChange(list: readonly ReleaseVersion[]): number {
  let newest = newestChangeCache.get(list);
  if (newest === undefined) {
    newest = 0;
    for (const time of modifiedTimes(list)) newest = Math.max(newest, time);
    newestChangeCache.set(list, newest);
  }
  return newest;
}
