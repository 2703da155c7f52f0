/**
 * The releases of one issuing unit or one tag: the pages `/units/<slug>` and
 * `/tags/<tag>` and their feeds. Built on the index's public lists, so a
 * draft, a scheduled release before its time and a removed release are never
 * in them; withdrawn releases follow the press list's rule (left out of the
 * pages) and the main feed's (kept in the feeds, marked).
 */
import { applyFilter, facetsOf } from './filters';
import type { ReleaseVersion } from './load';
import { paginate, parsePageParam, type Page } from './pagination';
import type { ReleaseIndex } from './releases';
import { unitSlug, type Unit, type UnitTable } from './units';
import type { Locale } from '@/i18n/routing';

export type GroupKind = 'unit' | 'tag';

/** A group as its page shows it: the unit or the tag, and one page of its releases. */
export interface GroupPage {
  kind: GroupKind;
  /** The unit's slug, or the tag: what its address names. */
  key: string;
  /** The unit's name in the page's language, or the tag. */
  name: string;
  page: Page<ReleaseVersion>;
}

// A list grouped by unit slug once per list, like the press list's facets (filters.ts): the
// index returns the same array until a scheduled release comes due, so this is not per request.
const BY_UNIT = Symbol.for('moda-press-portal.releases-by-unit');
const processGlobal = globalThis as typeof globalThis & {
  [BY_UNIT]?: WeakMap<UnitTable, WeakMap<readonly ReleaseVersion[], Map<string, ReleaseVersion[]>>>;
};
const byUnitCache = (processGlobal[BY_UNIT] ??= new WeakMap());

function byUnit(table: UnitTable, versions: readonly ReleaseVersion[]): Map<string, ReleaseVersion[]> {
  let lists = byUnitCache.get(table);
  if (!lists) byUnitCache.set(table, (lists = new WeakMap()));
  let groups = lists.get(versions);
  if (!groups) {
    groups = new Map();
    for (const version of versions) {
      const slug = unitSlug(table, version);
      if (slug === undefined) continue;
      const list = groups.get(slug);
      if (list) list.push(version);
      else groups.set(slug, [version]);
    }
    lists.set(versions, groups);
  }
  return groups;
}

/** A unit's releases in one language, newest first: standing ones (`current`) or all, withdrawn included (`list`). */
export function unitReleases(
  index: ReleaseIndex,
  table: UnitTable,
  locale: Locale,
  slug: string,
  { withdrawn = false, now = new Date() } = {},
): readonly ReleaseVersion[] {
  return byUnit(table, withdrawn ? index.list(locale, now) : index.current(locale, now)).get(slug) ?? [];
}

/** A tag's releases in one language, newest first, as unitReleases. */
export function tagReleases(
  index: ReleaseIndex,
  locale: Locale,
  tag: string,
  { withdrawn = false, now = new Date() } = {},
): readonly ReleaseVersion[] {
  const versions = withdrawn ? index.list(locale, now) : index.current(locale, now);
  return facetsOf(versions).tags.some((each) => each.tag === tag) ? applyFilter(versions, { tag }) : [];
}

/** The units with releases standing in one language, in the table's order, with how many. */
export function unitsWithReleases(index: ReleaseIndex, table: UnitTable, locale: Locale, now = new Date()): { unit: Unit; count: number }[] {
  const groups = byUnit(table, index.current(locale, now));
  return table.units.flatMap((unit) => {
    const count = groups.get(unit.slug)?.length ?? 0;
    return count > 0 ? [{ unit, count }] : [];
  });
}

/** The tags of releases standing in one language, most used first, with how many: the press list's tag filter's. */
export function tagsWithReleases(index: ReleaseIndex, locale: Locale, now = new Date()): { tag: string; count: number }[] {
  return facetsOf(index.current(locale, now)).tags;
}

/**
 * One page of a unit's or tag's releases, or null when it names nothing: an
 * unknown slug or tag, one without standing releases in this language (a
 * page is never an empty dead end, as the press list's filters are not), or
 * a page number that is not one or is past the end. The proxy and the page
 * both ask this, so they agree.
 */
export function resolveGroupPage(
  index: ReleaseIndex,
  table: UnitTable,
  locale: Locale,
  kind: GroupKind,
  key: string,
  rawPage: string | string[] | null | undefined,
  now = new Date(),
): GroupPage | null {
  const pageNumber = parsePageParam(rawPage);
  if (pageNumber === null) return null;
  const name = kind === 'unit' ? table.unitBySlug(key)?.names[locale] : key;
  if (name === undefined) return null;
  const releases = kind === 'unit' ? unitReleases(index, table, locale, key, { now }) : tagReleases(index, locale, key, { now });
  if (releases.length === 0) return null;
  const page = paginate(releases, pageNumber);
  return page && { kind, key, name, page };
}

/** The releases a group's feeds list (withdrawn ones marked), or null when its page does not exist. */
export function groupFeedReleases(
  index: ReleaseIndex,
  table: UnitTable,
  locale: Locale,
  kind: GroupKind,
  key: string,
  now = new Date(),
): { name: string; releases: readonly ReleaseVersion[] } | null {
  const group = resolveGroupPage(index, table, locale, kind, key, undefined, now);
  if (!group) return null;
  const releases = kind === 'unit' ? unitReleases(index, table, locale, key, { withdrawn: true, now }) : tagReleases(index, locale, key, { withdrawn: true, now });
  return { name: group.name, releases };
}
